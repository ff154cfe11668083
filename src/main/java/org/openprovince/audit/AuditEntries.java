package org.openprovince.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads audit entries for the admin pages. Keyset pagination on {@code seq} and indexed criteria
 * only: no OFFSET and no count over the table, so a page costs the same on the first day and with
 * millions of entries.
 */
@Repository
@Transactional(readOnly = true)
class AuditEntries {

	/** Largest clock difference between application nodes assumed when bounding a period by seq. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(10);

	private final JdbcClient jdbc;

	AuditEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Up to {@code size} entries matching the query, newest first. */
	AuditPage page(AuditQuery query, int size) {
		var where = new Where();
		where.add("seq < :before", "before", query.before());
		if (query.actorIsPrefix()) {
			where.add("actor like :actor escape '\\'", "actor", startingWith(query.actor()));
		}
		else {
			where.add("actor = :actor", "actor", query.actor());
		}
		where.add("action like :action escape '\\'", "action", startingWith(query.actionPrefix()));
		where.add("target_type = :targetType", "targetType", query.targetType());
		where.add("target_id = :targetId", "targetId", query.targetId());
		where.add("correlation_id = :correlationId", "correlationId", query.correlationId());
		where.add("occurred_at >= :from", "from", utc(query.from()));
		where.add("occurred_at < :until", "until", utc(query.until()));
		// The time bounds alone would let the planner walk the primary key from the newest entry down
		// to the period (millions of rows for an old day). Entries are appended one at a time, so their
		// times follow their sequence up to clock skew between nodes; bounding seq by entries safely
		// outside the period (found on the time index) keeps the walk to the period itself.
		where.add("""
				seq >= coalesce((select b.seq from audit_entry b where b.occurred_at < :fromBound
				                 order by b.occurred_at desc limit 1), 0)""", "fromBound",
				utc(query.from() == null ? null : query.from().minus(CLOCK_SKEW)));
		where.add("""
				seq <= coalesce((select b.seq from audit_entry b where b.occurred_at >= :untilBound
				                 order by b.occurred_at limit 1), 9223372036854775807)""", "untilBound",
				utc(query.until() == null ? null : query.until().plus(CLOCK_SKEW)));
		List<AuditEntry> entries = jdbc
			.sql("select " + AuditEntry.COLUMNS + " from audit_entry" + where.sql + " order by seq desc limit :limit")
			.params(where.params)
			.param("limit", size + 1)
			.query(AuditEntry.MAPPER)
			.list();
		if (entries.size() <= size) {
			return new AuditPage(entries, null);
		}
		List<AuditEntry> shown = entries.subList(0, size);
		return new AuditPage(List.copyOf(shown), shown.getLast().seq());
	}

	private static @Nullable String startingWith(@Nullable String prefix) {
		if (prefix == null) {
			return null;
		}
		return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static @Nullable Object utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	/** Conjunction of the criteria that are present. */
	private static final class Where {

		private final StringBuilder sql = new StringBuilder();
		private final Map<String, Object> params = new HashMap<>();

		void add(String condition, String name, @Nullable Object value) {
			if (value != null) {
				sql.append(sql.isEmpty() ? " where " : " and ").append(condition);
				params.put(name, value);
			}
		}
	}
}
