package org.openprovince.indicators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts and lists the dossiers of {@code indicator_dossier_766} by the conditions of {@link Rules}: one
 * pass over the dossiers received or processed in a period, grouped by competent agency, gives every
 * dossier indicator of every agency (the province is their sum: each dossier counts for one agency).
 */
@Repository
class DossierFigures {

	/** A dossier row as a drill-down shows it. */
	record DossierLine(UUID id, @Nullable String code, @Nullable String procedureName, @Nullable UUID agency,
			@Nullable Instant receivedAt, @Nullable Instant dueAt, @Nullable Instant endedAt, int status) {
	}

	/** Numerators and denominators of one agency, indexed by {@link Indicator#ordinal()}. */
	record Counts(long[] numerators, long[] denominators) {

		static Counts none() {
			int n = Indicator.values().length;
			return new Counts(new long[n], new long[n]);
		}

		Counts plus(Counts other) {
			Counts sum = none();
			for (int i = 0; i < numerators.length; i++) {
				sum.numerators[i] = numerators[i] + other.numerators[i];
				sum.denominators[i] = denominators[i] + other.denominators[i];
			}
			return sum;
		}
	}

	/** The dossier counts and the procedures used online (received online) in a period, per competent agency. */
	record Figures(Map<UUID, Counts> counts, Map<UUID, Set<UUID>> usedOnline) {
	}

	/**
	 * Rows per competent agency and combination of the rules' primitive conditions (each evaluated once per
	 * row) and whether the row was received from {@code :m} on; with {@code :m} the rows the aggregates
	 * count are left out: those received and ended before {@code :m}.
	 */
	private static final String DETAIL = "select f.competent_agency, " + Rules.BITS + " as bits,"
			+ " (cast(:m as timestamptz) is null or f.received_at >= :m) as recent, count(*) as n"
			+ "\n from indicator_dossier_766 f where " + Rules.COUNTED
			+ " and (cast(:m as timestamptz) is null or f.ended_at is null or f.ended_at >= :m or f.received_at >= :m)"
			+ " and (cast(:agency as uuid) is null or f.competent_agency = cast(:agency as uuid))"
			+ " and f.competent_agency is not null group by 1, 2, 3";

	private static final String AGENCY =
			" and (cast(:agency as uuid) is null or competent_agency = cast(:agency as uuid))";

	private final JdbcClient jdbc;

	DossierFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Counts per competent agency over {@code [start, end)}, for one agency or all: the dossiers ended before
	 * the month of {@code end} from the aggregates the triggers of {@code indicator_dossier_766} keep (table
	 * {@code indicator_766_cell}, {@code indicator_766_procedure_month}), the others from the facts.
	 */
	@Transactional(readOnly = true)
	Figures figures(Instant start, Instant end, @Nullable UUID agency, String fullOnline) {
		return figures(start, end, agency, fullOnline, true);
	}

	/** {@link #figures(Instant, Instant, UUID, String)}, or every count from the facts when not {@code aggregated}. */
	@Transactional(readOnly = true)
	Figures figures(Instant start, Instant end, @Nullable UUID agency, String fullOnline, boolean aggregated) {
		customPlans();
		ZonedDateTime startMonth = start.atZone(VietnamTime.ZONE);
		// The aggregates are by calendar month: a period starting mid-month is counted from the facts alone.
		boolean useAggregates = aggregated && startMonth.equals(monthStart(start));
		ZonedDateTime split = monthStart(end);
		Map<UUID, Counts> counts = new HashMap<>();
		Map<UUID, Set<UUID>> used = new HashMap<>();
		jdbc.sql(DETAIL)
			.param("s", Facts766.utc(start))
			.param("e", Facts766.utc(end))
			.param("m", useAggregates ? split.toOffsetDateTime() : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("agency", agency)
			.param("full", fullOnline)
			.query(rs -> {
				Counts row = counts.computeIfAbsent(rs.getObject("competent_agency", UUID.class), k -> Counts.none());
				int bits = rs.getInt("bits");
				boolean recent = rs.getBoolean("recent");
				long n = rs.getLong("n");
				for (Indicator indicator : Rules.dossierIndicators()) {
					// Dossiers received before :m count for the toàn-trình share from indicator_766_procedure_month.
					if (indicator == Indicator.FULL_ONLINE && !recent) {
						continue;
					}
					if (Rules.rule(indicator, Part.NUMERATOR).matches(bits)) {
						row.numerators()[indicator.ordinal()] += n;
					}
					if (Rules.rule(indicator, Part.DENOMINATOR).matches(bits)) {
						row.denominators()[indicator.ordinal()] += n;
					}
				}
			});
		jdbc.sql("select distinct f.competent_agency, f.procedure_id from indicator_dossier_766 f where "
				+ Rules.RECEIVED_ONLINE + " and f.competent_agency is not null"
				+ " and (cast(:m as timestamptz) is null or f.received_at >= :m)"
				+ " and (cast(:agency as uuid) is null or f.competent_agency = cast(:agency as uuid))")
			.param("s", Facts766.utc(start))
			.param("e", Facts766.utc(end))
			.param("m", useAggregates ? split.toOffsetDateTime() : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
			.param("agency", agency)
			.query(rs -> {
				used.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
			});
		if (useAggregates) {
			addAggregates(month(start), month(split), agency, ids(fullOnline), counts, used);
		}
		return new Figures(counts, used);
	}

	/**
	 * Adds the dossiers received and ended before month {@code m} (which begins at or before the end of the
	 * period) of the aggregates; for them the end of processing is {@code ended_at}, so the rules of
	 * {@link Rules} reduce to the month they were received in and the month they ended in: received in the
	 * period ⇔ received from month {@code s} on, received or processed ⇔ ended from month {@code s} on.
	 */
	private void addAggregates(int s, int m, @Nullable UUID agency, Set<UUID> fullOnline, Map<UUID, Counts> counts,
			Map<UUID, Set<UUID>> used) {
		jdbc.sql("select * from indicator_766_cell where received_month < :m and ended_month < :m"
				+ " and (received_month >= :s or ended_month >= :s)" + AGENCY)
			.param("s", s)
			.param("m", m)
			.param("agency", agency)
			.query(rs -> {
				long all = rs.getLong("n_all");
				if (all == 0) {
					return; // every dossier of the cell moved away
				}
				Counts row = counts.computeIfAbsent(rs.getObject("competent_agency", UUID.class), k -> Counts.none());
				if (rs.getInt("received_month") >= s) {
					add(row, Indicator.DOSSIER_SYNC, rs.getLong("n_synced"), all);
					add(row, Indicator.ONLINE_DOSSIERS, rs.getLong("n_online") - rs.getLong("n_online_paper"), all);
					add(row, Indicator.ONLINE_PAYMENT, rs.getLong("n_fee_paid"), rs.getLong("n_fee"));
					add(row, Indicator.DIGITISED, rs.getLong("n_digitised") - rs.getLong("n_digitised_paper"), all);
				}
				if (rs.getInt("ended_month") >= s) {
					add(row, Indicator.ON_TIME, rs.getLong("n_in_time"), all);
					add(row, Indicator.ELECTRONIC_RESULT, rs.getLong("n_result_electronic"), rs.getLong("n_result"));
					add(row, Indicator.DOSSIER_SATISFACTION, rs.getLong("n_in_time_satisfied"), all);
				}
			});
		jdbc.sql("select competent_agency, procedure_id, sum(n_received) as received, sum(n_online) as online"
				+ " from indicator_766_procedure_month where received_month >= :s and received_month < :m" + AGENCY
				+ " group by 1, 2")
			.param("s", s)
			.param("m", m)
			.param("agency", agency)
			.query(rs -> {
				UUID agencyId = rs.getObject("competent_agency", UUID.class);
				UUID procedure = rs.getObject("procedure_id", UUID.class);
				long online = rs.getLong("online");
				if (fullOnline.contains(procedure) && rs.getLong("received") > 0) {
					add(counts.computeIfAbsent(agencyId, k -> Counts.none()), Indicator.FULL_ONLINE, online,
							rs.getLong("received"));
				}
				if (online > 0) {
					used.computeIfAbsent(agencyId, k -> new HashSet<>()).add(procedure);
				}
			});
	}

	private static void add(Counts counts, Indicator indicator, long numerator, long denominator) {
		counts.numerators()[indicator.ordinal()] += numerator;
		counts.denominators()[indicator.ordinal()] += denominator;
	}

	private static ZonedDateTime monthStart(Instant at) {
		return at.atZone(VietnamTime.ZONE).withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS);
	}

	/** The month numbering of the aggregates ({@code indicator_766_month}): year × 12 + month − 1, Vietnam time. */
	static int month(Instant at) {
		ZonedDateTime local = at.atZone(VietnamTime.ZONE);
		return local.getYear() * 12 + local.getMonthValue() - 1;
	}

	private static int month(ZonedDateTime at) {
		return month(at.toInstant());
	}

	private static Set<UUID> ids(String array) {
		Set<UUID> ids = new HashSet<>();
		for (String id : array.replace("{", "").replace("}", "").split(",")) {
			if (!id.isBlank()) {
				ids.add(UUID.fromString(id.strip()));
			}
		}
		return ids;
	}

	/**
	 * Plans every statement of the transaction for its parameters: a generic plan (which the driver's
	 * server-prepared statements get after a few executions) cannot fold {@code cast(:full as uuid[])}
	 * into a hashed constant nor see how many rows a period selects, and took tens of seconds on a
	 * million dossiers instead of about one.
	 */
	private void customPlans() {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
	}

	/** A page of the dossiers in one side of one figure, newest reception first, and their number. */
	@Transactional(readOnly = true)
	Page lines(Indicator indicator, Part part, Instant start, Instant end, @Nullable UUID agency, String fullOnline,
			int offset, int limit) {
		String where = " from indicator_dossier_766 f where " + Rules.condition(indicator, part)
				+ " and f.competent_agency is not null"
				+ " and (cast(:agency as uuid) is null or f.competent_agency = cast(:agency as uuid))";
		customPlans();
		long total = jdbc.sql("select count(*)" + where)
			.param("s", Facts766.utc(start))
			.param("e", Facts766.utc(end))
			.param("agency", agency)
			.param("full", fullOnline)
			.query(Long.class)
			.single();
		List<DossierLine> lines = total == 0 ? List.of() : jdbc.sql("select f.*" + where
				+ " order by f.received_at desc, f.dossier_id limit :limit offset :offset")
			.param("s", Facts766.utc(start))
			.param("e", Facts766.utc(end))
			.param("agency", agency)
			.param("full", fullOnline)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> line(rs))
			.list();
		return new Page(total, lines);
	}

	record Page(long total, List<DossierLine> lines) {
	}

	/** Dossiers in progress past their appointment in force at {@code now}, most late first (clock not paused). */
	@Transactional(readOnly = true)
	List<DossierLine> overdue(@Nullable UUID agency, Instant now, int limit) {
		List<DossierLine> lines = new ArrayList<>(jdbc.sql("""
				select f.* from indicator_dossier_766 f
				 where f.ended_at is null and f.received_at is not null and f.due_at < :now
				   and f.supplement_open_since is null and f.status not in (3, 7, 8, 9, 10)
				   and (cast(:agency as uuid) is null or f.competent_agency = cast(:agency as uuid))
				 order by f.due_at, f.dossier_id limit :limit""")
			.param("now", Facts766.utc(now))
			.param("agency", agency)
			.param("limit", Math.max(limit, 0))
			.query((rs, n) -> line(rs))
			.list());
		return lines;
	}

	private static DossierLine line(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new DossierLine(rs.getObject("dossier_id", UUID.class), rs.getString("code"), rs.getString("procedure_name"),
				rs.getObject("competent_agency", UUID.class), instant(rs, "received_at"), instant(rs, "appointment_at"),
				instant(rs, "ended_at"), rs.getInt("status"));
	}

	private static @Nullable Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
