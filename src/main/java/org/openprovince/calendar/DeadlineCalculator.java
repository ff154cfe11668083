package org.openprovince.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.openprovince.calendar.DeadlinePolicy.AfterPause;
import org.openprovince.calendar.DeadlinePolicy.DayCounting;

/**
 * Deadline arithmetic on one agency's {@link WorkSchedule}, in Vietnam local time (UTC+7 without
 * daylight saving, so local arithmetic equals instant arithmetic). Pure and fast: it walks the days
 * from the start and only asks the schedule for each day's shifts.
 *
 * <p>Every computation first finds where counting begins: with {@link AfterPause#RESTART} at the end
 * of the last pause; then the next working moment at or after it (a start outside office hours, at
 * lunch, on a day off or during a pause counts from there: spec §4.1 and §4.3); then, with a
 * same-day cut-off, the next working day when the start is at or after the cut-off.
 */
final class DeadlineCalculator {

	/** No limit runs this long; reaching it means the schedule has (almost) no working time. */
	private static final int HORIZON_DAYS = 366 * 30;

	private final WorkSchedule schedule;

	DeadlineCalculator(WorkSchedule schedule) {
		this.schedule = schedule;
	}

	LocalDateTime deadline(LocalDateTime start, long amount, DeadlineUnit unit, DeadlinePolicy policy,
			List<Interval> pauses) {
		if (amount < 0) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + amount);
		}
		List<Interval> merged = Interval.merge(pauses);
		if (policy.afterPause() == AfterPause.RESTART) {
			start = restartAt(start, merged);
			merged = List.of();
		}
		LocalDateTime from = begin(start, policy, merged);
		return switch (unit) {
			case WORKING_HOURS -> addWorkingTime(from, Duration.ofHours(amount), merged);
			case WORKING_DAYS -> policy.dayCounting() == DayCounting.SAME_TIME
					? addWorkingTime(from, schedule.hours().standardDay().multipliedBy(amount), merged)
					: addWorkingTime(from, workingTime(from, closeOfWorkingDaysAfter(from, amount), List.of()), merged);
			case CALENDAR_DAYS -> calendarDays(from, amount, policy.dayCounting(), merged);
		};
	}

	/** Like a limit in hours, with minutes: the budget of an internal-process step. */
	LocalDateTime deadline(LocalDateTime start, Duration workingTime, DeadlinePolicy policy, List<Interval> pauses) {
		if (workingTime.isNegative()) {
			throw new IllegalArgumentException("A time limit cannot be negative: " + workingTime);
		}
		List<Interval> merged = Interval.merge(pauses);
		if (policy.afterPause() == AfterPause.RESTART) {
			start = restartAt(start, merged);
			merged = List.of();
		}
		return addWorkingTime(begin(start, policy, merged), workingTime, merged);
	}

	/** Office time in [from, to) outside the pauses; negative when {@code to} is before {@code from}. */
	Duration workingTime(LocalDateTime from, LocalDateTime to, List<Interval> pauses) {
		if (to.isBefore(from)) {
			return workingTime(to, from, pauses).negated();
		}
		List<Interval> merged = Interval.merge(pauses);
		Duration total = Duration.ZERO;
		for (LocalDate date = from.toLocalDate(); !date.isAfter(to.toLocalDate()); date = date.plusDays(1)) {
			for (Shift shift : schedule.shifts(date)) {
				LocalDateTime start = Interval.max(date.atTime(shift.start()), from);
				LocalDateTime end = Interval.min(date.atTime(shift.end()), to);
				if (start.isBefore(end)) {
					for (Interval free : Interval.minus(start, end, merged)) {
						total = total.plus(free.length());
					}
				}
			}
		}
		return total;
	}

	/** The first moment at or after {@code moment} within office hours and outside the pauses. */
	LocalDateTime nextWorkingMoment(LocalDateTime moment, List<Interval> pauses) {
		return addWorkingTime(moment, Duration.ZERO, Interval.merge(pauses));
	}

	private LocalDateTime begin(LocalDateTime start, DeadlinePolicy policy, List<Interval> merged) {
		LocalDateTime from = addWorkingTime(start, Duration.ZERO, merged);
		LocalTime cutoff = policy.sameDayCutoff();
		if (cutoff != null && !from.toLocalTime().isBefore(cutoff)) {
			from = addWorkingTime(from.toLocalDate().plusDays(1).atStartOfDay(), Duration.ZERO, merged);
		}
		return from;
	}

	private static LocalDateTime restartAt(LocalDateTime start, List<Interval> merged) {
		LocalDateTime restart = start;
		for (Interval pause : merged) {
			if (pause.to().isAfter(restart)) {
				restart = pause.to();
			}
		}
		return restart;
	}

	/**
	 * Walks the office hours from {@code from}, skipping pauses, until {@code budget} is spent. A
	 * budget that runs out exactly at the end of a shift ends there (17:00, not 07:00 next day); a
	 * zero budget gives the next working moment.
	 */
	private LocalDateTime addWorkingTime(LocalDateTime from, Duration budget, List<Interval> merged) {
		Duration remaining = budget;
		LocalDate date = from.toLocalDate();
		for (int i = 0; i < HORIZON_DAYS; i++, date = date.plusDays(1)) {
			for (Shift shift : schedule.shifts(date)) {
				LocalDateTime start = Interval.max(date.atTime(shift.start()), from);
				LocalDateTime end = date.atTime(shift.end());
				if (!start.isBefore(end)) {
					continue;
				}
				for (Interval free : Interval.minus(start, end, merged)) {
					if (remaining.compareTo(free.length()) <= 0) {
						return free.from().plus(remaining);
					}
					remaining = remaining.minus(free.length());
				}
			}
		}
		throw new IllegalStateException("No working time within " + HORIZON_DAYS + " days after " + from);
	}

	/** End of office hours on the {@code days}-th working day after the day of {@code from} (0: that day). */
	private LocalDateTime closeOfWorkingDaysAfter(LocalDateTime from, long days) {
		LocalDate date = from.toLocalDate();
		for (long left = days; left > 0;) {
			date = date.plusDays(1);
			if (schedule.isWorkingDay(date)) {
				left--;
			}
			checkHorizon(from.toLocalDate(), date);
		}
		return close(date);
	}

	/**
	 * A limit in calendar days: the paused time (after the start) is added, then the end moves off a
	 * non-working day to the next working day, and is placed within that day's office span — at the
	 * start's clock time ({@link DayCounting#SAME_TIME}) or at the close ({@link DayCounting#END_OF_DAY}).
	 */
	private LocalDateTime calendarDays(LocalDateTime from, long amount, DayCounting counting, List<Interval> merged) {
		LocalDateTime end = from.plusDays(amount);
		for (Interval pause : merged) {
			if (!pause.to().isAfter(from)) {
				continue;
			}
			if (!pause.from().isBefore(end)) {
				break;
			}
			end = end.plus(Duration.between(Interval.max(pause.from(), from), pause.to()));
		}
		LocalDate date = end.toLocalDate();
		while (!schedule.isWorkingDay(date)) {
			date = date.plusDays(1);
			checkHorizon(end.toLocalDate(), date);
		}
		if (counting == DayCounting.END_OF_DAY) {
			return close(date);
		}
		LocalDateTime open = date.atTime(schedule.shifts(date).getFirst().start());
		return Interval.min(Interval.max(date.atTime(end.toLocalTime()), open), close(date));
	}

	private LocalDateTime close(LocalDate workingDay) {
		return workingDay.atTime(schedule.shifts(workingDay).getLast().end());
	}

	private static void checkHorizon(LocalDate from, LocalDate date) {
		if (date.isAfter(from.plusDays(HORIZON_DAYS))) {
			throw new IllegalStateException("No working day within " + HORIZON_DAYS + " days after " + from);
		}
	}
}
