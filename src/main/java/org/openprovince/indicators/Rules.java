package org.openprovince.indicators;

import java.util.EnumMap;
import java.util.Map;

/**
 * How each dossier-based indicator counts, as SQL conditions on a row {@code f} of
 * {@code indicator_dossier_766}. The scorecard counts {@code count(*) filter (where condition)} and the
 * drill-down lists {@code where condition}: one text for both, so a drill-down always has exactly as many
 * rows as its figure.
 *
 * <p>Parameters: {@code :s} the period's start, {@code :e} its end or now, whichever is earlier (a period
 * reaching into the future ends now, so a dossier not yet late is not judged late), {@code :full} the
 * procedures offered toàn trình (a {@code uuid[]} literal).
 */
final class Rules {

	/** Received (NgayTiepNhan) in the period. */
	static final String RECEIVED = "(f.received_at >= :s and f.received_at < :e)";

	/**
	 * Received or processed in the period (spec §10.2, 2.1): received before its end and not ended before
	 * its start. Withdrawals count (spec §4.2: only dossiers that were received).
	 */
	static final String HANDLED = "(f.received_at < :e and (f.ended_at is null or f.ended_at >= :s))";

	/** Ended with a result by the end of the period: a result is due (every such dossier needs a written one [I]). */
	static final String RESULT_DUE = "(f.with_result and f.ended_at < :e)";

	/**
	 * The end of processing for 2.1, spec §4.2 [V] (source text 70311388051): the end time (status 9 >
	 * status 10 > stop/refusal/withdrawal, already reduced so in {@code ended_at}); a dossier waiting for a
	 * supplement ends at the request; a dossier not ended by the end of the period ends there.
	 */
	static final String END = """
			(case when f.ended_at < :e then f.ended_at
			      when f.supplement_open_since < :e then f.supplement_open_since
			      else cast(:e as timestamptz) end)""";

	/**
	 * On time, spec §4.2 [V]: more than one supplement request ⇒ overdue; the closed supplement pauses are
	 * subtracted from the end; on time ⇔ end ≤ NgayHenTra. The appointment compared is the one set at
	 * reception ({@code appointment_at}), not the one in force: a completed supplementation moves the
	 * appointment in force by the paused time, and the pause is already subtracted from the end, so
	 * comparing with the moved date would count the pause twice. Without an appointment (results given on
	 * the spot) the dossier is on time [I]: the legal maximum of the fallback rule is not in the facts.
	 */
	static final String ON_TIME = "(" + HANDLED + " and f.supplement_requests <= 1 and (f.appointment_at is null or "
			+ END + " - f.supplement_paused <= f.appointment_at))";

	private static final Map<Indicator, String> NUMERATORS = new EnumMap<>(Indicator.class);

	private static final Map<Indicator, String> DENOMINATORS = new EnumMap<>(Indicator.class);

	static {
		// 1.4 [S/V] spec §10.2, §9.3: synced dossiers with NgayTiepNhan in the period ÷ received in the period.
		// Any acknowledgement counts ("one-way syncs count").
		rule(Indicator.DOSSIER_SYNC, RECEIVED + " and f.synced_at is not null", RECEIVED);
		// 2.1 [S/V] spec §10.2, §4.2: (finished on time + in progress within the deadline) ÷ received or processed.
		rule(Indicator.ON_TIME, ON_TIME, HANDLED);
		// Group 3 scored row [S] spec §10.2: toàn-trình dossiers (received online) ÷ dossiers of the procedures
		// offered toàn trình, received in the period; the online level is the catalog's as of now.
		rule(Indicator.FULL_ONLINE, RECEIVED + " and f.procedure_id = any(cast(:full as uuid[])) and f.channel = 2",
				RECEIVED + " and f.procedure_id = any(cast(:full as uuid[]))");
		// 3.3 [S/V] spec §10.2: channel 2 received in the period and, where a result is due, an electronic one
		// ÷ all received in the period (the scorecard multiplies the ratio by the sync rate, 1.4).
		rule(Indicator.ONLINE_DOSSIERS, RECEIVED + " and f.channel = 2 and not (" + RESULT_DUE
				+ " and not f.electronic_result)", RECEIVED);
		// 3.6 [S] spec §10.2, §8.2: paid online (DuocThanhToanTrucTuyen 1/2) ÷ dossiers with a fee, started in the period.
		rule(Indicator.ONLINE_PAYMENT, RECEIVED + " and f.fee_required and f.paid_online", RECEIVED + " and f.fee_required");
		// 4.1 [S/V] spec §10.2, §8.3: result file attached ÷ dossiers finished in the period that need a written
		// result; every dossier finished with a result (not refused) is taken to need one [I].
		rule(Indicator.ELECTRONIC_RESULT, "f.with_result and f.ended_at >= :s and f.ended_at < :e and f.electronic_result",
				"f.with_result and f.ended_at >= :s and f.ended_at < :e");
		// 4.2 [S/V] spec §10.2: every component digitised (file attached) and, where a result is due, an
		// electronic one ÷ dossiers received in the period (under the agency's competence).
		rule(Indicator.DIGITISED, RECEIVED + " and f.digitised_components >= f.components and not (" + RESULT_DUE
				+ " and not f.electronic_result)", RECEIVED);
		// 5.4 [S/V] spec §10.2: 100 % − (overdue rate + rate rated "không hài lòng"), over the 2.1 dossiers:
		// the dossiers neither overdue nor rated unsatisfied. A dossier both late and unsatisfied counts once
		// (the formula would subtract it twice); PAKN about a dossier are not linked to it yet.
		rule(Indicator.DOSSIER_SATISFACTION, ON_TIME + " and not f.unsatisfied", HANDLED);
	}

	private Rules() {
	}

	private static void rule(Indicator indicator, String numerator, String denominator) {
		NUMERATORS.put(indicator, "(" + numerator + ")");
		DENOMINATORS.put(indicator, "(" + denominator + ")");
	}

	/** Whether the indicator counts dossiers of {@code indicator_dossier_766}. */
	static boolean countsDossiers(Indicator indicator) {
		return NUMERATORS.containsKey(indicator);
	}

	static String condition(Indicator indicator, Part part) {
		String condition = (part == Part.NUMERATOR ? NUMERATORS : DENOMINATORS).get(indicator);
		if (condition == null) {
			throw new IllegalArgumentException(indicator + " does not count dossiers");
		}
		return condition;
	}

	/** The dossier indicators, in the enum's order. */
	static Iterable<Indicator> dossierIndicators() {
		return NUMERATORS.keySet();
	}
}
