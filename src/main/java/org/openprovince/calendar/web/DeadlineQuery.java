package org.openprovince.calendar.web;

import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.DeadlinePolicy.DayCounting;
import org.openprovince.calendar.DeadlineUnit;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The deadline calculator's query string: bookmarkable, every part optional.
 *
 * @param agency whose office hours; {@code null} for the province's default
 * @param start reception, as a datetime-local input sends it; {@code null} for now
 * @param amount the time limit; {@code null} shows the empty form
 */
record DeadlineQuery(@Nullable UUID agency,
		@DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") @Nullable LocalDateTime start,
		@Min(0) @Max(MAX_AMOUNT) @Nullable Long amount, @Nullable DeadlineUnit unit, @Nullable DayCounting counting) {

	static final long MAX_AMOUNT = 1000;
}
