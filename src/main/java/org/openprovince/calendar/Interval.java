package org.openprovince.calendar;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open stretch of local (Vietnam) time [from, to), for pauses and free working time. */
record Interval(LocalDateTime from, LocalDateTime to) {

	Duration length() {
		return Duration.between(from, to);
	}

	/** Sorted, with overlapping or touching intervals joined and empty ones dropped. */
	static List<Interval> merge(List<Interval> intervals) {
		List<Interval> sorted = intervals.stream()
			.filter(i -> i.from.isBefore(i.to))
			.sorted(Comparator.comparing(Interval::from))
			.toList();
		var merged = new ArrayList<Interval>();
		for (Interval next : sorted) {
			Interval last = merged.isEmpty() ? null : merged.getLast();
			if (last != null && !next.from.isAfter(last.to)) {
				merged.set(merged.size() - 1, new Interval(last.from, max(last.to, next.to)));
			}
			else {
				merged.add(next);
			}
		}
		return merged;
	}

	/** The parts of [from, to) outside the given merged intervals, in order. */
	static List<Interval> minus(LocalDateTime from, LocalDateTime to, List<Interval> merged) {
		var free = new ArrayList<Interval>();
		LocalDateTime cursor = from;
		for (Interval cut : merged) {
			if (!cut.to.isAfter(cursor)) {
				continue;
			}
			if (!cut.from.isBefore(to)) {
				break;
			}
			if (cut.from.isAfter(cursor)) {
				free.add(new Interval(cursor, cut.from));
			}
			cursor = cut.to;
		}
		if (cursor.isBefore(to)) {
			free.add(new Interval(cursor, to));
		}
		return free;
	}

	static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
		return a.isBefore(b) ? a : b;
	}
}
