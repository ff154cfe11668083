package org.openprovince.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing audit entries, newest first; every criterion is optional.
 *
 * @param actor exact actor, or with {@code actorIsPrefix} the beginning of it
 * @param actionPrefix beginning of the action code ({@code identity.})
 * @param from earliest time, inclusive
 * @param until latest time, exclusive
 * @param before only entries with a smaller sequence number (the keyset of the next page)
 */
record AuditQuery(@Nullable String actor, boolean actorIsPrefix, @Nullable String actionPrefix,
		@Nullable String targetType, @Nullable String targetId, @Nullable String correlationId, @Nullable Instant from,
		@Nullable Instant until, @Nullable Long before) {

	static final AuditQuery ALL = new AuditQuery(null, false, null, null, null, null, null, null, null);
}
