package org.openprovince.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One stretch of office time within a day (ca làm việc), e.g. 07:00–11:30, in Vietnam time. It
 * starts before it ends and does not cross midnight.
 */
public record Shift(LocalTime start, LocalTime end) {

	public Shift {
		Objects.requireNonNull(start, "start");
		Objects.requireNonNull(end, "end");
		if (!start.isBefore(end)) {
			throw new CalendarException("calendar.error.shift.order", start, end);
		}
	}

	public static Shift of(String start, String end) {
		return new Shift(LocalTime.parse(start), LocalTime.parse(end));
	}

	public Duration length() {
		return Duration.between(start, end);
	}

	/** Whether the two shifts share at least one moment. */
	boolean overlaps(Shift other) {
		return start.isBefore(other.end) && other.start.isBefore(end);
	}

	@Override
	public String toString() {
		return start + "–" + end;
	}
}
