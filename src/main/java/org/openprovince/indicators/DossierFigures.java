package org.openprovince.indicators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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

	private static final String COUNTS;

	static {
		var select = new StringBuilder("select f.competent_agency");
		for (Indicator indicator : Rules.dossierIndicators()) {
			select.append(",\n count(*) filter (where ").append(Rules.condition(indicator, Part.NUMERATOR))
				.append(") as n_").append(indicator.ordinal())
				.append(",\n count(*) filter (where ").append(Rules.condition(indicator, Part.DENOMINATOR))
				.append(") as d_").append(indicator.ordinal());
		}
		// Every condition implies HANDLED, so only those rows are read.
		COUNTS = select + "\n from indicator_dossier_766 f where " + Rules.HANDLED
				+ " and (cast(:agency as uuid) is null or f.competent_agency = cast(:agency as uuid))"
				+ " and f.competent_agency is not null group by f.competent_agency";
	}

	private final JdbcClient jdbc;

	DossierFigures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Counts per competent agency over {@code [start, end)}, for one agency or all. */
	@Transactional(readOnly = true)
	Map<UUID, Counts> counts(Instant start, Instant end, @Nullable UUID agency, String fullOnline) {
		Map<UUID, Counts> counts = new HashMap<>();
		jdbc.sql(COUNTS)
			.param("s", Facts766.utc(start))
			.param("e", Facts766.utc(end))
			.param("agency", agency)
			.param("full", fullOnline)
			.query(rs -> {
				Counts row = Counts.none();
				for (Indicator indicator : Rules.dossierIndicators()) {
					row.numerators()[indicator.ordinal()] = rs.getLong("n_" + indicator.ordinal());
					row.denominators()[indicator.ordinal()] = rs.getLong("d_" + indicator.ordinal());
				}
				counts.put(rs.getObject("competent_agency", UUID.class), row);
			});
		return counts;
	}

	/** Per competent agency, the procedures with at least one dossier received online in {@code [start, end)}. */
	@Transactional(readOnly = true)
	Map<UUID, Set<UUID>> proceduresUsedOnline(Instant start, Instant end, @Nullable UUID agency) {
		Map<UUID, Set<UUID>> used = new HashMap<>();
		jdbc.sql("select distinct f.competent_agency, f.procedure_id from indicator_dossier_766 f where " + Rules.RECEIVED
				+ " and f.channel = 2 and f.competent_agency is not null"
				+ " and (cast(:agency as uuid) is null or f.competent_agency = cast(:agency as uuid))")
			.param("s", Facts766.utc(start))
			.param("e", Facts766.utc(end))
			.param("agency", agency)
			.query(rs -> {
				used.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getObject(2, UUID.class));
			});
		return used;
	}

	/** A page of the dossiers in one side of one figure, newest reception first, and their number. */
	@Transactional(readOnly = true)
	Page lines(Indicator indicator, Part part, Instant start, Instant end, @Nullable UUID agency, String fullOnline,
			int offset, int limit) {
		String where = " from indicator_dossier_766 f where " + Rules.condition(indicator, part)
				+ " and f.competent_agency is not null"
				+ " and (cast(:agency as uuid) is null or f.competent_agency = cast(:agency as uuid))";
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
