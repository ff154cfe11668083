package org.openprovince.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openprovince.calendar.TestSchedules.at;
import static org.openprovince.calendar.TestSchedules.pauses;

/** Office time between two moments (for lateness and the 766 indicators), and the calculator's invariants. */
class WorkingTimeTests {

	final DeadlineCalculator calculator = new DeadlineCalculator(TestSchedules.schedule(WorkingHours.DEFAULT));

	@Test
	void excludesTheLunchBreak() {
		assertThat(calculator.workingTime(at("2026-03-02 09:00"), at("2026-03-02 16:00"), List.of()))
			.isEqualTo(Duration.ofHours(5));
	}

	@Test
	void countsNothingDuringTet() {
		assertThat(calculator.workingTime(at("2026-02-13 10:00"), at("2026-02-23 10:00"), List.of()))
			.isEqualTo(Duration.ofHours(8));
	}

	@Test
	void leavesOutPausedOfficeTime() {
		// Monday 09:00 to Friday 17:00 is 38 h; Tuesday and Wednesday (16 h) were paused.
		assertThat(calculator.workingTime(at("2026-03-02 09:00"), at("2026-03-06 17:00"),
				pauses("2026-03-03 07:00>2026-03-05 07:00")))
			.isEqualTo(Duration.ofHours(22));
	}

	@Test
	void countsOverlappingPausesOnce() {
		assertThat(calculator.workingTime(at("2026-03-02 07:00"), at("2026-03-02 17:00"),
				pauses("2026-03-02 08:00>2026-03-02 10:00;2026-03-02 09:00>2026-03-02 11:00")))
			.isEqualTo(Duration.ofHours(5));
	}

	@Test
	void doesNotTakeHolidaysOutTwiceWhenAPauseSpansThem() {
		// 10/2 09:00 to 27/2 09:00: 10/2 6 h, 11–13/2 24 h, 23–26/2 32 h, 27/2 2 h = 64 h; the pause
		// 11/2 09:00 to 25/2 09:00 holds 6 + 16 + 16 + 2 = 40 h of office time, Tết none.
		assertThat(calculator.workingTime(at("2026-02-10 09:00"), at("2026-02-27 09:00"),
				pauses("2026-02-11 09:00>2026-02-25 09:00")))
			.isEqualTo(Duration.ofHours(24));
	}

	@Test
	void isNegativeWhenTheEndComesFirst() {
		assertThat(calculator.workingTime(at("2026-03-03 09:00"), at("2026-03-02 09:00"), List.of()))
			.isEqualTo(Duration.ofHours(-8));
	}

	@Test
	void givesEveryDeadlineInHoursBackAsThatMuchWorkingTime() {
		var random = new Random(20261122);
		for (int i = 0; i < 300; i++) {
			LocalDateTime start = at("2025-01-01 00:00").plusMinutes(random.nextInt(2 * 366 * 24 * 60));
			long hours = random.nextInt(200);
			LocalDateTime deadline = calculator.deadline(start, hours, DeadlineUnit.WORKING_HOURS,
					DeadlinePolicy.DEFAULT, List.of());

			assertThat(calculator.workingTime(start, deadline, List.of())).as("from %s", start)
				.isEqualTo(Duration.ofHours(hours));
		}
	}

	@Test
	void takesAStepBudgetToTheMinute() {
		assertThat(calculator.deadline(at("2026-03-02 10:45"), Duration.ofMinutes(90), DeadlinePolicy.DEFAULT,
				List.of()))
			.isEqualTo(at("2026-03-02 14:15"));
	}

	@Test
	void refusesANegativeLimit() {
		assertThatThrownBy(() -> calculator.deadline(at("2026-03-02 09:00"), -1, DeadlineUnit.WORKING_DAYS,
				DeadlinePolicy.DEFAULT, List.of()))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void refusesOverlappingShiftsAndAWeekWithoutOfficeHours() {
		assertThatThrownBy(() -> WorkingHours.DEFAULT.with(DayOfWeek.MONDAY, Shift.of("07:00", "12:00"),
				Shift.of("11:00", "17:00")))
			.isInstanceOf(CalendarException.class)
			.hasMessage("Hai buổi làm việc 07:00–12:00 và 11:00–17:00 trùng giờ nhau.");
		assertThatThrownBy(() -> Shift.of("13:30", "11:30")).isInstanceOf(CalendarException.class)
			.hasMessage("Giờ bắt đầu (13:30) phải trước giờ kết thúc (11:30).");
		assertThatThrownBy(() -> new WorkingHours(java.util.Map.of())).isInstanceOf(CalendarException.class)
			.hasMessage("Phải có ít nhất một ngày làm việc trong tuần.");
	}

	@Test
	void describesTheWeekCompactly() {
		assertThat(TestSchedules.SATURDAY_MORNING).hasToString(
				"MONDAY-FRIDAY 07:00–11:30, 13:30–17:00; SATURDAY 07:30–11:30");
		assertThat(WorkingHours.DEFAULT.standardDay()).isEqualTo(Duration.ofHours(8));
	}
}
