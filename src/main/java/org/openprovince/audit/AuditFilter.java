package org.openprovince.audit;

import java.time.LocalDate;

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

	AuditQuery toQuery() {
		boolean actorIsPrefix = actor != null && actor.endsWith("*");
		String actorValue = actorIsPrefix ? clean(actor.replaceAll("\\*+$", "")) : actor;
		return new AuditQuery(actorValue, actorIsPrefix && actorValue != null, action, targetType, targetId,
				correlationId, from == null ? null : from.atStartOfDay(VietnamTime.ZONE).toInstant(),
				to == null ? null : to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant(), before);
	}

	private static @Nullable String clean(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
