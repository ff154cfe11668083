package org.openprovince.audit;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;

import org.openprovince.platform.VietnamTime;
import org.springframework.jdbc.core.RowMapper;

/** One audit entry as stored: its place in the chain, its hashed content and its links. */
record AuditEntry(long seq, AuditEntryContent content, String prevHash, String hash) {

	/** Columns matching {@link #MAPPER}. */
	static final String COLUMNS = """
			seq, occurred_at, actor, action, target_type, target_id, details, client_address, correlation_id,
			prev_hash, hash""";

	/**
	 * Reads {@code occurred_at} back as an instant with the microsecond precision PostgreSQL keeps,
	 * which is exactly the precision the hash was computed from.
	 */
	static final RowMapper<AuditEntry> MAPPER = (rs, row) -> new AuditEntry(rs.getLong("seq"),
			new AuditEntryContent(rs.getObject("occurred_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
					rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
					rs.getString("details"), rs.getString("client_address"), rs.getString("correlation_id")),
			rs.getString("prev_hash"), rs.getString("hash"));

	/** When it happened, in Vietnam time (public for the templates' expression language). */
	public LocalDateTime localTime() {
		return content.occurredAt().atZone(VietnamTime.ZONE).toLocalDateTime();
	}
}
