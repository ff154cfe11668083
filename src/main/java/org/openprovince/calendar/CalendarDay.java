package org.openprovince.calendar;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One day as an agency lives it: whether it works, its office hours, and why.
 *
 * @param shifts office hours that day; empty when it is not a working day
 * @param holiday the holiday, for a public holiday and for the nghỉ bù it causes; otherwise {@code null}
 * @param reason the administrator's reason for an entry of the yearly schedule; otherwise {@code null}
 * @param legalBasis the notice behind an entry of the yearly schedule; otherwise {@code null}
 */
public record CalendarDay(LocalDate date, DayKind kind, List<Shift> shifts, @Nullable Holiday holiday,
		@Nullable String reason, @Nullable String legalBasis, LunarDate lunarDate) {

	public CalendarDay {
		shifts = List.copyOf(shifts);
	}

	public boolean working() {
		return !shifts.isEmpty();
	}

	/** Whether the day is off for a reason other than the weekly rest: shown in lists of holidays. */
	public boolean notable() {
		return kind != DayKind.WORKING_DAY && kind != DayKind.WEEKLY_REST;
	}
}
