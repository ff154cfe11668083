package org.openprovince.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the government's yearly schedule (lịch nghỉ lễ, tết chính thức), entered by an
 * administrator from the official notice. It overrides the computed holidays and the office week.
 *
 * @param legalBasis the notice or decision, e.g. "Thông báo số 6150/TB-LĐTBXH"; {@code null} if not given
 */
public record DayOverride(UUID id, LocalDate date, OverrideKind kind, String reason, @Nullable String legalBasis) {

	public DayOverride {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(reason, "reason");
	}
}
