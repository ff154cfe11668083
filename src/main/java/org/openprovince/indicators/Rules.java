package org.openprovince.indicators;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How each dossier-based indicator counts, as SQL conditions on a row {@code f} of
 * {@code indicator_dossier_766}, each a combination of primitive conditions. The scorecard evaluates every
 * primitive once per row and counts the rows of each combination ({@link #BITS}), then adds up the
 * combinations a rule accepts ({@link Condition#matches(int)}); the drill-down lists
 * {@code where} {@link Condition#sql()}: one definition for both, so a drill-down always has exactly as many
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

	/**
	 * The rows any rule may hold for: {@link #HANDLED} or {@link #RECEIVED} (the same rows unless a dossier
	 * ended before it was received).
	 */
	static final String COUNTED =
			"(f.received_at < :e and (f.ended_at is null or f.ended_at >= :s or f.received_at >= :s))";

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
	 * On time (for a dossier received or processed in the period), spec §4.2 [V]: more than one supplement
	 * request ⇒ overdue; the closed supplement pauses are subtracted from the end; on time ⇔ end ≤
	 * NgayHenTra. The appointment compared is the one set at reception ({@code appointment_at}), not the one
	 * in force: a completed supplementation moves the appointment in force by the paused time, and the
	 * pause is already subtracted from the end, so comparing with the moved date would count the pause
	 * twice. Without an appointment (results given on
	 * the spot) the dossier is on time [I]: the legal maximum of the fallback rule is not in the facts.
	 */
	static final String IN_TIME = "(f.supplement_requests <= 1 and (f.appointment_at is null or " + END
			+ " - f.supplement_paused <= f.appointment_at))";

	/**
	 * The primitive conditions every rule is made of, one bit each. The scorecard evaluates each of them
	 * once per row ({@link #BITS}) and counts rows per combination; a rule holds for a row when all its
	 * required bits are set and none of its excluded ones ({@link Condition#matches(int)}), the same rule
	 * the drill-down writes as SQL ({@link Condition#sql()}). A primitive that is SQL-null counts as false
	 * in both.
	 */
	private static final List<String> PRIMITIVES = new ArrayList<>();

	private static final int P_RECEIVED = primitive(RECEIVED);

	private static final int P_HANDLED = primitive(HANDLED);

	private static final int P_SYNCED = primitive("f.synced_at is not null");

	private static final int P_ONLINE_CHANNEL = primitive("f.channel = 2");

	/** A procedure offered toàn trình now; a hashed lookup when {@code :full} is a constant (custom plan). */
	private static final int P_FULL_ONLINE = primitive("f.procedure_id = any(cast(:full as uuid[]))");

	/** A result is due and it is not an electronic one. */
	private static final int P_PAPER_RESULT_DUE = primitive("(" + RESULT_DUE + " and not f.electronic_result)");

	private static final int P_FEE = primitive("f.fee_required");

	private static final int P_PAID_ONLINE = primitive("f.paid_online");

	/** Ended with a result in the period. */
	private static final int P_RESULT_IN_PERIOD = primitive("(f.with_result and f.ended_at >= :s and f.ended_at < :e)");

	private static final int P_ELECTRONIC_RESULT = primitive("f.electronic_result");

	private static final int P_DIGITISED = primitive("f.digitised_components >= f.components");

	/** On time (2.1) for a dossier received or processed in the period. */
	private static final int P_IN_TIME = primitive(IN_TIME);

	private static final int P_UNSATISFIED = primitive("f.unsatisfied");

	/**
	 * One integer per row with a bit per primitive condition, for {@code group by}; a SQL-null condition
	 * gives 0. Every rule holds only for rows {@link #COUNTED}.
	 */
	static final String BITS;

	/** A condition on a row: every primitive of {@code all} holds and none of {@code none}. */
	record Condition(int all, int none) {

		/** This condition and not the primitive. */
		Condition unless(int primitive) {
			return new Condition(all, none | 1 << primitive);
		}

		boolean matches(int bits) {
			return (bits & all) == all && (bits & none) == 0;
		}

		/** As a SQL condition on {@code f} (a null primitive is false, so excluding it includes the row). */
		String sql() {
			List<String> terms = new ArrayList<>();
			for (int i = 0; i < PRIMITIVES.size(); i++) {
				if ((all & 1 << i) != 0) {
					terms.add(PRIMITIVES.get(i));
				}
				if ((none & 1 << i) != 0) {
					terms.add("not coalesce(" + PRIMITIVES.get(i) + ", false)");
				}
			}
			return "(" + String.join(" and ", terms) + ")";
		}
	}

	private static final Map<Indicator, Condition> NUMERATORS = new EnumMap<>(Indicator.class);

	private static final Map<Indicator, Condition> DENOMINATORS = new EnumMap<>(Indicator.class);

	static {
		var bits = new StringBuilder("(0");
		for (int i = 0; i < PRIMITIVES.size(); i++) {
			bits.append("\n | case when ").append(PRIMITIVES.get(i)).append(" then ").append(1 << i).append(" else 0 end");
		}
		BITS = bits + ")";
		// 1.4 [S/V] spec §10.2, §9.3: synced dossiers with NgayTiepNhan in the period ÷ received in the period.
		// Any acknowledgement counts ("one-way syncs count").
		rule(Indicator.DOSSIER_SYNC, all(P_RECEIVED, P_SYNCED), all(P_RECEIVED));
		// 2.1 [S/V] spec §10.2, §4.2: (finished on time + in progress within the deadline) ÷ received or processed.
		rule(Indicator.ON_TIME, all(P_HANDLED, P_IN_TIME), all(P_HANDLED));
		// Group 3 scored row [S] spec §10.2: toàn-trình dossiers (received online) ÷ dossiers of the procedures
		// offered toàn trình, received in the period; the online level is the catalog's as of now.
		rule(Indicator.FULL_ONLINE, all(P_RECEIVED, P_FULL_ONLINE, P_ONLINE_CHANNEL), all(P_RECEIVED, P_FULL_ONLINE));
		// 3.3 [S/V] spec §10.2: channel 2 received in the period and, where a result is due, an electronic one
		// ÷ all received in the period (the scorecard multiplies the ratio by the sync rate, 1.4).
		rule(Indicator.ONLINE_DOSSIERS, all(P_RECEIVED, P_ONLINE_CHANNEL).unless(P_PAPER_RESULT_DUE),
				all(P_RECEIVED));
		// 3.6 [S] spec §10.2, §8.2: paid online (DuocThanhToanTrucTuyen 1/2) ÷ dossiers with a fee, started in the period.
		rule(Indicator.ONLINE_PAYMENT, all(P_RECEIVED, P_FEE, P_PAID_ONLINE), all(P_RECEIVED, P_FEE));
		// 4.1 [S/V] spec §10.2, §8.3: result file attached ÷ dossiers finished in the period that need a written
		// result; every dossier finished with a result (not refused) is taken to need one [I].
		rule(Indicator.ELECTRONIC_RESULT, all(P_RESULT_IN_PERIOD, P_ELECTRONIC_RESULT), all(P_RESULT_IN_PERIOD));
		// 4.2 [S/V] spec §10.2: every component digitised (file attached) and, where a result is due, an
		// electronic one ÷ dossiers received in the period (under the agency's competence).
		rule(Indicator.DIGITISED, all(P_RECEIVED, P_DIGITISED).unless(P_PAPER_RESULT_DUE),
				all(P_RECEIVED));
		// 5.4 [S/V] spec §10.2: 100 % − (overdue rate + rate rated "không hài lòng"), over the 2.1 dossiers:
		// the dossiers neither overdue nor rated unsatisfied. A dossier both late and unsatisfied counts once
		// (the formula would subtract it twice); PAKN about a dossier are not linked to it yet.
		rule(Indicator.DOSSIER_SATISFACTION, all(P_HANDLED, P_IN_TIME).unless(P_UNSATISFIED),
				all(P_HANDLED));
	}

	private static int primitive(String sql) {
		PRIMITIVES.add(sql);
		return PRIMITIVES.size() - 1;
	}

	private static Condition all(int... primitives) {
		int bits = 0;
		for (int p : primitives) {
			bits |= 1 << p;
		}
		return new Condition(bits, 0);
	}

	/** Received in the period and online (3.2 counts the procedures of these dossiers). */
	static final String RECEIVED_ONLINE = "(" + RECEIVED + " and f.channel = 2)";

	private Rules() {
	}

	private static void rule(Indicator indicator, Condition numerator, Condition denominator) {
		NUMERATORS.put(indicator, numerator);
		DENOMINATORS.put(indicator, denominator);
	}

	/** Whether the indicator counts dossiers of {@code indicator_dossier_766}. */
	static boolean countsDossiers(Indicator indicator) {
		return NUMERATORS.containsKey(indicator);
	}

	static String condition(Indicator indicator, Part part) {
		return rule(indicator, part).sql();
	}

	static Condition rule(Indicator indicator, Part part) {
		Condition condition = (part == Part.NUMERATOR ? NUMERATORS : DENOMINATORS).get(indicator);
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
