package org.openprovince.dossier.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.openprovince.calendar.CalendarDay;
import org.openprovince.calendar.Shift;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.platform.VietnamTime;

/**
 * The moments when demo officers act: the province's working days (holidays left out by the working
 * calendar), within its shifts but not before 07:30 nor after 16:30. Office time is counted in minutes
 * from the first window, so that "two working hours later" is an addition and the demo never acts on
 * a Sunday, during the lunch break or on Tết.
 */
final class OfficeTime {

	private static final LocalTime EARLIEST = LocalTime.of(7, 30);

	private static final LocalTime LATEST = LocalTime.of(16, 30);

	/** Minutes of office time in a typical day, to express waits in days. */
	static final long DAY = Duration.ofHours(7).toMinutes();

	private final Instant[] starts;

	private final long[] lengths;

	/** Office minutes before each window. */
	private final long[] before;

	OfficeTime(WorkingCalendar calendar, LocalDate from, LocalDate to) {
		List<Instant> windowStarts = new ArrayList<>();
		List<Long> windowLengths = new ArrayList<>();
		for (CalendarDay day : calendar.days(null, from, to)) {
			for (Shift shift : day.shifts()) {
				LocalTime start = shift.start().isBefore(EARLIEST) ? EARLIEST : shift.start();
				LocalTime end = shift.end().isAfter(LATEST) ? LATEST : shift.end();
				if (start.isBefore(end)) {
					windowStarts.add(day.date().atTime(start).atZone(VietnamTime.ZONE).toInstant());
					windowLengths.add(Duration.between(start, end).toMinutes());
				}
			}
		}
		if (windowStarts.isEmpty()) {
			throw new IllegalStateException("No working day between " + from + " and " + to);
		}
		starts = windowStarts.toArray(Instant[]::new);
		lengths = windowLengths.stream().mapToLong(Long::longValue).toArray();
		before = new long[lengths.length];
		for (int i = 1; i < lengths.length; i++) {
			before[i] = before[i - 1] + lengths[i - 1];
		}
	}

	/** Office minutes from the first window to {@code moment} (office time only). */
	long minutes(Instant moment) {
		int i = Arrays.binarySearch(starts, moment);
		if (i < 0) {
			i = -i - 2; // the window starting last before the moment
		}
		if (i < 0) {
			return 0;
		}
		long into = Duration.between(starts[i], moment).toMinutes();
		return before[i] + Math.min(into, lengths[i]);
	}

	/** The moment {@code minutes} office minutes after the first window; a window's end is the next one's start. */
	Instant moment(long minutes) {
		if (minutes < 0) {
			throw new IllegalArgumentException("Before the first window: " + minutes);
		}
		int i = Arrays.binarySearch(before, minutes);
		if (i < 0) {
			i = -i - 2;
		}
		long into = minutes - before[i];
		if (into >= lengths[i] && i + 1 < starts.length) {
			return starts[i + 1];
		}
		if (into > lengths[i]) {
			throw new IllegalArgumentException("After the last window: " + minutes);
		}
		return starts[i].plus(Duration.ofMinutes(into));
	}
}
