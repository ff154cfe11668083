package org.openprovince.audit;

import java.time.LocalDate;
import java.util.regex.Pattern;

import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The audit page's filter form, bound from the query string so that a filtered view can be
 * bookmarked. Blank fields mean "any"; dates are calendar days in Vietnam time, both inclusive.
 *
 * @param actor exact user name, or its beginning followed by {@code *}
 * @param action beginning of the action code
 * @param before keyset of the page: only entries older than this sequence number
 */
record AuditFilter(@Size(max = MAX_LENGTH, message = TOO_LONG) @Nullable String actor,
		@Size(max = MAX_LENGTH, message = TOO_LONG) @Nullable String action,
		@Size(max = MAX_LENGTH, message = TOO_LONG) @Nullable String targetType,
		@Size(max = MAX_LENGTH, message = TOO_LONG) @Nullable String targetId,
		@Size(max = MAX_LENGTH, message = TOO_LONG) @Nullable String correlationId,
		@DateTimeFormat(iso = ISO.DATE, fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE, fallbackPatterns = "dd/MM/yyyy") @Nullable LocalDate to,
		@Positive @Nullable Long before) {

	static final int MAX_LENGTH = 200;
	static final String TOO_LONG = "{audit.filter.tooLong}";

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	AuditFilter {
		actor = clean(actor);
		action = clean(action);
		targetType = clean(targetType);
		targetId = clean(targetId);
		correlationId = clean(correlationId);
	}

	boolean hasPeriodBackwards() {
		return from != null && to != null && from.isAfter(to);
	}

	/** The criteria: a trailing {@code *} makes the actor a prefix; days become Vietnam-time instants. */
	AuditQuery toQuery() {
		String actorValue = actor;
		boolean actorIsPrefix = false;
		if (actor != null && actor.endsWith("*")) {
			actorValue = clean(actor.replaceAll("\\*+$", ""));
			actorIsPrefix = actorValue != null;
		}
		return new AuditQuery(actorValue, actorIsPrefix, action, targetType, targetId, correlationId,
				from == null ? null : from.atStartOfDay(VietnamTime.ZONE).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant(), before);
	}

	private static @Nullable String clean(@Nullable String value) {
		// Control characters never occur in audited values, and NUL is refused by PostgreSQL.
		String cleaned = value == null ? "" : CONTROL.matcher(value).replaceAll("").strip();
		return cleaned.isEmpty() ? null : cleaned;
	}
}
