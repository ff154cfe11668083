package org.openprovince.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.CorrelationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes audit entries. Call it inside the transaction that makes the change, so the change and
 * its entry commit or roll back together.
 *
 * <p>Entries form one hash chain: each entry's hash covers its own fields and the previous
 * entry's hash. Appending takes a transaction-scoped advisory lock, so concurrent writers append
 * one at a time and the chain order equals the sequence order.
 */
@Service
public class AuditTrail {

	/** Actor recorded when no one is logged in and no actor is given (scheduled jobs, start-up). */
	public static final String SYSTEM = "system";

	private static final long CHAIN_LOCK = 0x4F50_4155_4449_54L; // "OPAUDIT"
	static final String GENESIS = "0".repeat(64);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final JsonMapper json = JsonMapper.builder().build();

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an action by the current user (the logged-in account, or {@link #SYSTEM}).
	 *
	 * @param action dotted code, e.g. {@code organization.agency.created}
	 * @param targetType kind of the changed thing, e.g. {@code Agency}
	 * @param targetId its id, or {@code null} when there is none
	 * @param details small set of values worth keeping (never passwords); keys are sorted
	 */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String action, String targetType, @Nullable String targetId, Map<String, ?> details) {
		record(currentActor(), action, targetType, targetId, details);
	}

	/** Records an action by an explicitly named actor (e.g. the username typed at a failed login). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(String actor, String action, String targetType, @Nullable String targetId,
			Map<String, ?> details) {
		// Writers append one at a time: the chain head's row lock orders them (one round trip); only the
		// very first entry, when there is no head row yet, takes the advisory lock instead.
		String previous = jdbc.sql("select hash from audit_chain_head where id = 1 for update")
			.query(String.class)
			.optional()
			.orElse(null);
		if (previous == null) {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleValue();
			previous = jdbc.sql("select hash from audit_chain_head where id = 1 for update")
				.query(String.class)
				.optional()
				.orElse(GENESIS);
		}
		// Read the time under the lock, so that times follow the sequence (AuditEntries relies on it).
		var entry = new AuditEntryContent(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor, action, targetType,
				targetId, canonicalJson(details), clientAddress(), CorrelationId.current().orElse(null));
		String hash = entry.hash(previous);
		// The entry and the new chain head in one statement.
		jdbc.sql("""
				with e as (insert into audit_entry (occurred_at, actor, action, target_type, target_id, details,
				                         client_address, correlation_id, prev_hash, hash)
				values (:at, :actor, :action, :targetType, :targetId, :details, :client, :correlation, :prev, :hash)
				returning seq)
				insert into audit_chain_head (id, last_seq, hash) select 1, seq, :hash from e
				on conflict (id) do update set last_seq = excluded.last_seq, hash = excluded.hash""")
			.param("at", entry.occurredAt().atOffset(ZoneOffset.UTC))
			.param("actor", entry.actor())
			.param("action", entry.action())
			.param("targetType", entry.targetType())
			.param("targetId", entry.targetId())
			.param("details", entry.details())
			.param("client", entry.clientAddress())
			.param("correlation", entry.correlationId())
			.param("prev", previous)
			.param("hash", hash)
			.update();
	}

	private String canonicalJson(Map<String, ?> details) {
		return json.writeValueAsString(new TreeMap<>(details));
	}

	/** Who acts now, as the audit trail names them: the logged-in user's name, else {@value #SYSTEM}. */
	public static String currentActor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return SYSTEM;
		}
		return authentication.getName();
	}

	private static @Nullable String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}
}
