package org.openprovince.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The office hours of an agency for each day of the week (giờ làm việc): the shifts of that day,
 * none on a weekly rest day. Shifts of a day are sorted and do not overlap, and at least one day
 * of the week has office hours.
 *
 * <p>The {@link #DEFAULT} is 07:00–11:30 and 13:30–17:00, Monday to Friday: the office hours of the
 * reference implementation (spec §4.3, {@code CaculateTime.cs} [V]) and the 40-hour, five-day week of
 * state agencies (Decision 188/1999/QĐ-TTg [K]). The exact times are the province's choice (each
 * provincial People's Committee sets them), hence stored in the database and editable; a service
 * center open on Saturday morning adds a Saturday shift.
 */
public record WorkingHours(Map<DayOfWeek, List<Shift>> week) {

	public static final WorkingHours DEFAULT = weekdays(Shift.of("07:00", "11:30"), Shift.of("13:30", "17:00"));

	public WorkingHours {
		Objects.requireNonNull(week, "week");
		var copy = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		week.forEach((day, shifts) -> {
			List<Shift> sorted = shifts.stream().sorted(Comparator.comparing(Shift::start)).toList();
			for (int i = 1; i < sorted.size(); i++) {
				if (sorted.get(i - 1).overlaps(sorted.get(i))) {
					throw new CalendarException("calendar.error.shift.overlap", sorted.get(i - 1), sorted.get(i));
				}
			}
			if (!sorted.isEmpty()) {
				copy.put(day, sorted);
			}
		});
		if (copy.isEmpty()) {
			throw new CalendarException("calendar.error.hours.empty");
		}
		week = Collections.unmodifiableMap(copy);
	}

	/** The same shifts from Monday to Friday, nothing at the weekend. */
	public static WorkingHours weekdays(Shift... shifts) {
		var week = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			week.put(day, List.of(shifts));
		}
		return new WorkingHours(week);
	}

	/** A copy with other shifts on one day (none makes it a rest day). */
	public WorkingHours with(DayOfWeek day, Shift... shifts) {
		var changed = new EnumMap<DayOfWeek, List<Shift>>(DayOfWeek.class);
		changed.putAll(week);
		changed.put(day, List.of(shifts));
		return new WorkingHours(changed);
	}

	/** Shifts on that day of the week; empty on a weekly rest day. */
	public List<Shift> on(DayOfWeek day) {
		return week.getOrDefault(day, List.of());
	}

	/**
	 * The shifts of an ordinary working day: those of the first day from Monday that has office
	 * hours. A compensatory working day (a Saturday worked in exchange for a day off) follows them.
	 */
	public List<Shift> regularDay() {
		for (DayOfWeek day : DayOfWeek.values()) {
			if (!on(day).isEmpty()) {
				return on(day);
			}
		}
		throw new IllegalStateException("No office hours");
	}

	/** Length of an ordinary working day, 8 hours by default: one "working day" of a time limit. */
	public Duration standardDay() {
		return regularDay().stream().map(Shift::length).reduce(Duration.ZERO, Duration::plus);
	}

	/**
	 * Consecutive days with the same shifts, in week order, leaving out rest days; for display, e.g.
	 * Monday–Friday 07:00–11:30, 13:30–17:00 and Saturday 07:30–11:30.
	 */
	public List<DayRange> ranges() {
		List<DayRange> ranges = new ArrayList<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			if (on(day).isEmpty()) {
				continue;
			}
			DayRange last = ranges.isEmpty() ? null : ranges.getLast();
			if (last != null && last.to().plus(1) == day && last.shifts().equals(on(day))) {
				ranges.set(ranges.size() - 1, new DayRange(last.from(), day, last.shifts()));
			}
			else {
				ranges.add(new DayRange(day, day, on(day)));
			}
		}
		return ranges;
	}

	/** Readable summary, e.g. {@code MONDAY-FRIDAY 07:00–11:30, 13:30–17:00; SATURDAY 07:30–11:30}. */
	@Override
	public String toString() {
		return ranges().stream()
			.map(r -> (r.from() == r.to() ? r.from().name() : r.from() + "-" + r.to()) + " "
					+ r.shifts().stream().map(Shift::toString).collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "));
	}

	/** Days {@code from} to {@code to} (inclusive, in week order) sharing the same shifts. */
	public record DayRange(DayOfWeek from, DayOfWeek to, List<Shift> shifts) {
	}
}
