package org.openprovince.nationalsync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierId;
import org.openprovince.nationalsync.PortalClient.PortalCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reconciliation report (spec §9.3 [I]): local counts per day of reception and receiving unit beside
 * the portal's own counts ({@code ThongKeDongBo}), and the dossiers the portal is behind on.
 */
@Service
class Reconciliation {

	/**
	 * One day and unit.
	 *
	 * @param received dossiers received locally
	 * @param synced acknowledged by the portal at their current version
	 * @param behind waiting or failing
	 * @param invalid refused by the portal
	 * @param portal the portal's count, or {@code null} when it could not be read
	 */
	record Line(LocalDate day, String unitCode, long received, long synced, long behind, long invalid,
			@Nullable Long portal) {

		/** Whether the portal does not hold exactly what was received, all of it current. */
		public boolean mismatch() {
			return behind > 0 || invalid > 0 || synced != received || (portal != null && portal != received);
		}
	}

	/** The report for a period; {@code portalError} says why the portal's counts are missing. */
	record Report(LocalDate from, LocalDate to, List<Line> lines, @Nullable String portalError) {

		public boolean clean() {
			return portalError == null && lines.stream().noneMatch(Line::mismatch);
		}
	}

	/** A dossier the portal is behind on. */
	record Behind(DossierId id, @Nullable String code, @Nullable String unitCode, SyncState state, int attempts,
			@Nullable Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant lastAttemptAt,
			Instant behindSince, long wantedVersion, long syncedVersion) {
	}

	/** A page of the dossiers behind, oldest first; {@code next} continues it. */
	record BehindPage(List<Behind> items, @Nullable Behind next) {
	}

	private final JdbcClient jdbc;

	private final PortalClient portal;

	Reconciliation(JdbcClient jdbc, PortalClient portal) {
		this.jdbc = jdbc;
		this.portal = portal;
	}

	/** Not in a transaction: the portal may take its read timeout to answer, holding no connection meanwhile. */
	Report report(LocalDate from, LocalDate to) {
		List<Line> local = jdbc.sql("""
				select received_day, coalesce(unit_code, ''), count(*),
				       count(*) filter (where state = 'SYNCED' and synced_version >= wanted_version),
				       count(*) filter (where state in ('PENDING', 'FAILING')),
				       count(*) filter (where state = 'INVALID')
				  from nsync_dossier
				 where received_day between :from and :to
				 group by 1, 2""")
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new Line(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), null))
			.list();
		Map<String, Long> remote = new HashMap<>();
		String error = null;
		try {
			for (PortalCount count : portal.statistics(from, to)) {
				remote.merge(key(count.day(), count.unitCode()), count.count(), Long::sum);
			}
		}
		catch (PortalUnavailableException ex) {
			error = ex.getMessage();
		}
		List<Line> lines = new ArrayList<>();
		for (Line line : local) {
			Long held = error == null ? remote.remove(key(line.day(), line.unitCode())) : null;
			lines.add(new Line(line.day(), line.unitCode(), line.received(), line.synced(), line.behind(), line.invalid(),
					error == null && held == null ? Long.valueOf(0) : held));
		}
		// Days and units the portal holds and we did not receive.
		remote.forEach((key, count) -> {
			String[] parts = key.split("\\|", 2);
			lines.add(new Line(LocalDate.parse(parts[0]), parts[1], 0, 0, 0, 0, count));
		});
		lines.sort(Comparator.comparing(Line::day).reversed().thenComparing(Line::unitCode));
		return new Report(from, to, lines, error);
	}

	/** Dossiers behind (pending, failing, invalid), oldest first, after the given one. */
	@Transactional(readOnly = true)
	BehindPage behind(@Nullable Instant afterSince, @Nullable UUID afterId, int size) {
		List<Behind> items = jdbc.sql("""
				select dossier_id, code, unit_code, state, attempts, next_attempt_at, last_error, last_attempt_at,
				       behind_since, wanted_version, synced_version
				  from nsync_dossier
				 where state in ('PENDING', 'FAILING', 'INVALID')
				   and (cast(:afterSince as timestamptz) is null
				        or (behind_since, dossier_id) > (cast(:afterSince as timestamptz), cast(:afterId as uuid)))
				 order by behind_since, dossier_id
				 limit :limit""")
			.param("afterSince", afterSince == null ? null : SyncLedger.utc(afterSince))
			.param("afterId", afterId)
			.param("limit", size + 1)
			.query(Reconciliation::behind)
			.list();
		if (items.size() > size) {
			return new BehindPage(items.subList(0, size), items.get(size - 1));
		}
		return new BehindPage(items, null);
	}

	/** One statement: the behind rows through their partial index, the last success through its own. */
	SyncHealth health() {
		return jdbc.sql("""
				select count(*) filter (where state in ('PENDING', 'FAILING')),
				       count(*) filter (where state = 'FAILING'),
				       count(*) filter (where state = 'INVALID'),
				       min(behind_since),
				       (select max(synced_at) from nsync_dossier where synced_at is not null)
				  from nsync_dossier
				 where state in ('PENDING', 'FAILING', 'INVALID')""")
			.query((rs, n) -> new SyncHealth(rs.getLong(1), rs.getLong(2), rs.getLong(3),
					SyncLedger.instant(rs.getTimestamp(4)), SyncLedger.instant(rs.getTimestamp(5))))
			.single();
	}

	private static String key(LocalDate day, String unit) {
		return day + "|" + unit;
	}

	private static Behind behind(ResultSet rs, int n) throws SQLException {
		return new Behind(new DossierId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
				SyncState.valueOf(rs.getString(4)), rs.getInt(5), SyncLedger.instant(rs.getTimestamp(6)), rs.getString(7),
				SyncLedger.instant(rs.getTimestamp(8)), rs.getTimestamp(9).toInstant(), rs.getLong(10), rs.getLong(11));
	}
}
