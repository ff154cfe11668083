package org.openprovince.calendar.web;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.AgencyHours;
import org.openprovince.calendar.CalendarException;
import org.openprovince.calendar.Shift;
import org.openprovince.calendar.WorkingHours;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/**
 * The office-hours form: for each day of the week a morning and an afternoon shift, each optional.
 *
 * @param agency {@code null} for the province's default
 * @param version the version edited, {@link AgencyHours#NEW} for an agency still on the default
 */
record HoursForm(@Nullable UUID agency, @Nullable Long version, @Nullable List<Day> days) {

	/** One day of the week; a shift needs both ends or neither. */
	record Day(@Nullable DayOfWeek day, @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime morningStart,
			@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime morningEnd,
			@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime afternoonStart,
			@DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime afternoonEnd) {
	}

	static HoursForm of(AgencyHours stored) {
		var days = new ArrayList<Day>();
		for (DayOfWeek day : DayOfWeek.values()) {
			List<Shift> shifts = stored.hours().on(day);
			Shift first = shifts.isEmpty() ? null : shifts.getFirst();
			Shift second = shifts.size() < 2 ? null : shifts.get(1);
			days.add(new Day(day, first == null ? null : first.start(), first == null ? null : first.end(),
					second == null ? null : second.start(), second == null ? null : second.end()));
		}
		return new HoursForm(stored.agency() == null ? null : stored.agency().value(), stored.version(), days);
	}

	long expectedVersion() {
		return version == null ? Long.MIN_VALUE : version;
	}

	/**
	 * The hours, or {@code null} after rejecting the fields that break a rule; a rule about the
	 * whole week is rejected globally.
	 */
	@Nullable WorkingHours toHours(BindingResult binding) {
		Map<DayOfWeek, List<Shift>> week = new EnumMap<>(DayOfWeek.class);
		List<Day> rows = days == null ? List.of() : days;
		for (int i = 0; i < rows.size() && i < 7; i++) {
			Day row = rows.get(i);
			DayOfWeek day = row.day() == null ? DayOfWeek.of(i + 1) : row.day();
			List<Shift> shifts = new ArrayList<>();
			addShift(shifts, row.morningStart(), row.morningEnd(), "days[" + i + "].morningStart", binding);
			addShift(shifts, row.afternoonStart(), row.afternoonEnd(), "days[" + i + "].afternoonStart", binding);
			week.put(day, shifts);
		}
		if (binding.hasErrors()) {
			return null;
		}
		try {
			return new WorkingHours(week);
		}
		catch (CalendarException ex) {
			binding.reject(ex.messageKey(), ex.getArguments(), ex.getMessage());
			return null;
		}
	}

	private static void addShift(List<Shift> shifts, @Nullable LocalTime start, @Nullable LocalTime end, String field,
			BindingResult binding) {
		if (start == null && end == null) {
			return;
		}
		if (start == null || end == null) {
			binding.rejectValue(field, "calendar.error.shift.incomplete");
			return;
		}
		try {
			shifts.add(new Shift(start, end));
		}
		catch (CalendarException ex) {
			binding.rejectValue(field, ex.messageKey(), ex.getArguments(), ex.getMessage());
		}
	}
}
