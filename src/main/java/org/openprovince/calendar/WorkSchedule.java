package org.openprovince.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Which days an agency works and when, with precedence: an entry of the government's yearly
 * schedule, then a statutory holiday or nghỉ bù, then the office hours of that day of the week.
 * Pure; built per computation from a snapshot of the stored settings.
 */
final class WorkSchedule {

	private final WorkingHours hours;

	private final Map<LocalDate, DayOverride> overrides;

	private final StatutoryHolidays holidays;

	private final VietnameseLunarCalendar lunar;

	WorkSchedule(WorkingHours hours, Map<LocalDate, DayOverride> overrides, StatutoryHolidays holidays,
			VietnameseLunarCalendar lunar) {
		this.hours = hours;
		this.overrides = overrides;
		this.holidays = holidays;
		this.lunar = lunar;
	}

	WorkingHours hours() {
		return hours;
	}

	/** Office hours on that date; empty when it is not a working day. */
	List<Shift> shifts(LocalDate date) {
		DayOverride override = overrides.get(date);
		if (override != null) {
			return override.kind() == OverrideKind.WORKING_DAY ? hours.regularDay() : List.of();
		}
		if (holidays.on(date) != null) {
			return List.of();
		}
		return hours.on(date.getDayOfWeek());
	}

	boolean isWorkingDay(LocalDate date) {
		return !shifts(date).isEmpty();
	}

	/** The day with its kind, reason and lunar date. */
	CalendarDay day(LocalDate date) {
		LunarDate lunarDate = lunar.lunarDate(date);
		DayOverride override = overrides.get(date);
		StatutoryHolidays.Entry holiday = holidays.on(date);
		Holiday name = holiday == null ? null : holiday.holiday();
		if (override != null) {
			DayKind kind = override.kind() == OverrideKind.WORKING_DAY ? DayKind.COMPENSATORY_WORKING_DAY
					: DayKind.EXTRA_DAY_OFF;
			return new CalendarDay(date, kind, shifts(date), name, override.reason(), override.legalBasis(), lunarDate);
		}
		if (holiday != null) {
			DayKind kind = holiday.compensatory() ? DayKind.COMPENSATORY_DAY_OFF : DayKind.PUBLIC_HOLIDAY;
			return new CalendarDay(date, kind, List.of(), name, null, null, lunarDate);
		}
		List<Shift> shifts = hours.on(date.getDayOfWeek());
		return new CalendarDay(date, shifts.isEmpty() ? DayKind.WEEKLY_REST : DayKind.WORKING_DAY, shifts, null, null,
				null, lunarDate);
	}
}
