package org.openprovince.calendar;

import java.time.LocalTime;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprovince.calendar.DeadlinePolicy.AfterPause;
import org.openprovince.calendar.DeadlinePolicy.DayCounting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprovince.calendar.TestSchedules.at;
import static org.openprovince.calendar.TestSchedules.pauses;

/**
 * Golden table of deadlines (thời hạn giải quyết): one row per case, with its reason. Derived by
 * hand, not by running the code. Office hours 07:00–11:30 and 13:30–17:00 (8 h a day); DEFAULT is
 * Monday–Friday, SATURDAY a center also open 07:30–11:30 on Saturday. Holidays are computed
 * (Labour Code 2019 art. 111.3, 112); 2025 also carries the official schedule of {@link TestSchedules}.
 * Units: WD working days, CD calendar days, WH working hours. Policy: "-" the default (same time,
 * resume after a pause), EOD end of day, RESTART, CUT15 a same-day cut-off at 15:00.
 */
class DeadlineGoldenTests {

	@ParameterizedTest(name = "{index}: {7}")
	@CsvSource(delimiter = '|', textBlock = """
			# profile | start          | amount | unit | policy  | pauses | expected         | reason
			DEFAULT  | 2026-03-02 09:00 | 1  | WD | -       | - | 2026-03-03 09:00 | receipt day counts its remaining hours: same time next day (spec §4.3)
			DEFAULT  | 2026-03-02 09:00 | 5  | WD | -       | - | 2026-03-09 09:00 | five working days skip the weekend
			DEFAULT  | 2026-03-02 07:00 | 1  | WD | -       | - | 2026-03-02 17:00 | received at opening: 8 h end at the close of the same day, not 07:00 next day
			DEFAULT  | 2026-03-06 16:59 | 1  | WD | -       | - | 2026-03-09 16:59 | Friday 16:59: one minute on Friday, the rest on Monday
			DEFAULT  | 2026-03-06 16:59 | 1  | WH | -       | - | 2026-03-09 07:59 | Friday 16:59 plus one hour: Monday morning
			DEFAULT  | 2026-03-03 18:00 | 1  | WD | -       | - | 2026-03-04 17:00 | submitted at 18:00: counts from 07:00 next day (Decree 45/2020)
			DEFAULT  | 2026-03-08 10:00 | 2  | WD | -       | - | 2026-03-10 17:00 | submitted on Sunday: counts from Monday 07:00
			DEFAULT  | 2026-03-09 06:15 | 4  | WH | -       | - | 2026-03-09 11:00 | submitted before opening: counts from 07:00
			DEFAULT  | 2026-03-09 12:00 | 2  | WH | -       | - | 2026-03-09 15:30 | submitted during lunch: counts from 13:30
			DEFAULT  | 2026-03-09 10:00 | 4  | WH | -       | - | 2026-03-09 16:00 | working hours cross the lunch break: 1.5 h + 2.5 h
			DEFAULT  | 2026-03-09 11:30 | 1  | WH | -       | - | 2026-03-09 14:30 | received at 11:30 exactly: the morning is over
			DEFAULT  | 2026-03-09 17:00 | 1  | WH | -       | - | 2026-03-10 08:00 | received at 17:00 exactly: the day is over
			DEFAULT  | 2026-03-07 10:00 | 0  | WD | -       | - | 2026-03-09 07:00 | zero-length limit on Saturday: the next working moment
			DEFAULT  | 2026-03-09 09:15 | 0  | WH | -       | - | 2026-03-09 09:15 | zero-length limit in office hours: the start itself
			DEFAULT  | 2026-02-13 10:00 | 1  | WD | -       | - | 2026-02-23 10:00 | Tết 2026: 5 h on Friday, then weekend + 16–20/2 Tết + weekend, 3 h on 23/2
			DEFAULT  | 2026-02-12 14:00 | 3  | WD | -       | - | 2026-02-24 14:00 | Tết 2026: three working days span the whole break
			DEFAULT  | 2026-02-18 09:00 | 1  | WD | -       | - | 2026-02-23 17:00 | submitted online on mùng 2 Tết: counts from 23/2 07:00
			DEFAULT  | 2025-01-24 15:00 | 2  | WD | -       | - | 2025-02-04 15:00 | Tết 2025 official: off 27/1–31/1, 3/2 worked (nghỉ bù moved to 27/1)
			DEFAULT  | 2024-02-08 09:00 | 1  | WD | -       | - | 2024-02-16 09:00 | Tết 2024 computed: 9–13/2 + nghỉ bù 14–15/2 for Sat/Sun 10–11/2 (art. 111.3)
			DEFAULT  | 2025-04-25 15:00 | 1  | WD | -       | - | 2025-04-26 15:00 | compensatory Saturday 26/4/2025 is a full working day
			DEFAULT  | 2025-04-29 09:00 | 2  | WD | -       | - | 2025-05-06 09:00 | 30/4 and 1/5 holidays, 2/5/2025 extra day off, weekend
			DEFAULT  | 2025-08-29 10:00 | 1  | WD | -       | - | 2025-09-03 10:00 | 2/9/2025 (Tuesday) with adjacent Monday 1/9
			DEFAULT  | 2026-09-01 09:00 | 1  | WD | -       | - | 2026-09-04 09:00 | 2/9/2026 (Wednesday) with adjacent Thursday 3/9 by default
			DEFAULT  | 2025-04-04 13:30 | 1  | WD | -       | - | 2025-04-08 11:30 | Hùng Kings 2025: Monday 7/4 (10/3 âm lịch) is off
			DEFAULT  | 2026-04-24 09:00 | 2  | WD | -       | - | 2026-04-29 09:00 | Hùng Kings 2026 on Sunday 26/4: nghỉ bù Monday 27/4
			DEFAULT  | 2026-04-29 09:00 | 1  | WD | -       | - | 2026-05-04 09:00 | 30/4 and 1/5/2026 on Thursday and Friday
			DEFAULT  | 2025-12-31 16:00 | 1  | WD | -       | - | 2026-01-02 16:00 | New Year's Day 2026 across the year end
			DEFAULT  | 2026-03-02 09:00 | 7  | CD | -       | - | 2026-03-09 09:00 | calendar days count the weekend
			DEFAULT  | 2026-03-02 09:00 | 5  | CD | -       | - | 2026-03-09 09:00 | calendar-day limit ending on Saturday moves to Monday
			DEFAULT  | 2026-04-17 10:00 | 13 | CD | -       | - | 2026-05-04 10:00 | calendar-day limit ending on 30/4 moves past 1/5 and the weekend
			DEFAULT  | 2026-02-03 10:00 | 15 | CD | -       | - | 2026-02-23 10:00 | calendar-day limit ending in Tết moves to the first day after it
			DEFAULT  | 2025-04-21 09:00 | 5  | CD | -       | - | 2025-04-26 09:00 | calendar-day limit ending on the compensatory Saturday stays there
			DEFAULT  | 2026-04-20 09:00 | 7  | CD | -       | - | 2026-04-28 09:00 | calendar-day limit ending on a nghỉ bù moves to the next day
			DEFAULT  | 2026-03-02 09:00 | 5  | CD | EOD     | - | 2026-03-09 17:00 | end of day: Saturday end moves to Monday, at the close (Civil Code art. 148)
			DEFAULT  | 2026-03-07 10:00 | 1  | CD | -       | - | 2026-03-10 07:00 | calendar days start at the next working moment too
			DEFAULT  | 2026-03-02 09:00 | 1  | WD | EOD     | - | 2026-03-03 17:00 | end of day: receipt day not counted, ends at the close of the next day
			DEFAULT  | 2026-03-06 16:59 | 1  | WD | EOD     | - | 2026-03-09 17:00 | end of day: Friday 16:59 ends Monday at the close
			DEFAULT  | 2026-03-02 09:00 | 0  | WD | EOD     | - | 2026-03-02 17:00 | end of day, zero days: the close of the receipt day
			DEFAULT  | 2026-02-13 10:00 | 2  | WD | EOD     | - | 2026-02-24 17:00 | end of day across Tết 2026: 23/2 and 24/2
			DEFAULT  | 2026-02-10 09:00 | 3  | WD | -       | 2026-02-11 09:00>2026-02-25 09:00 | 2026-02-27 09:00 | paused across Tết: 8 h before, the rest after 25/2 09:00
			DEFAULT  | 2026-02-10 09:00 | 3  | WD | RESTART | 2026-02-11 09:00>2026-02-25 09:00 | 2026-03-02 09:00 | restart: the full three days from 25/2 09:00
			DEFAULT  | 2026-02-13 10:00 | 1  | WD | -       | 2026-02-14 08:00>2026-02-22 20:00 | 2026-02-23 10:00 | a pause inside the holidays changes nothing
			DEFAULT  | 2026-03-02 09:00 | 10 | CD | -       | 2026-03-04 09:00>2026-03-06 09:00 | 2026-03-16 09:00 | calendar days: 2 paused days added, Saturday end moves to Monday
			DEFAULT  | 2026-03-02 09:00 | 2  | WD | -       | 2026-03-02 10:00>2026-03-02 14:00;2026-03-02 13:00>2026-03-03 09:00 | 2026-03-05 08:00 | overlapping pauses count once
			DEFAULT  | 2026-03-02 09:00 | 1  | WD | -       | 2026-03-01 08:00>2026-03-02 13:30 | 2026-03-03 11:30 | a pause running at the start: counting starts when it ends
			DEFAULT  | 2026-03-02 15:30 | 4  | WH | CUT15   | - | 2026-03-03 11:00 | same-day cut-off 15:00: received 15:30 counts from next morning
			DEFAULT  | 2026-03-02 14:00 | 2  | WH | CUT15   | - | 2026-03-02 16:00 | same-day cut-off 15:00: received before it counts at once
			SATURDAY | 2026-03-06 15:00 | 1  | WD | -       | - | 2026-03-09 09:00 | Saturday-open center: Saturday morning counts its 4 h
			SATURDAY | 2026-03-07 10:00 | 1  | WH | -       | - | 2026-03-07 11:00 | Saturday-open center: received Saturday morning
			SATURDAY | 2026-03-07 12:00 | 1  | WD | -       | - | 2026-03-09 17:00 | Saturday-open center: after its Saturday close, counts from Monday
			SATURDAY | 2026-02-13 16:00 | 1  | WD | -       | - | 2026-02-21 10:30 | Saturday-open center in Tết 2026: 14/2 and 21/2 mornings are open
			SATURDAY | 2026-03-06 09:00 | 1  | WD | EOD     | - | 2026-03-07 11:30 | Saturday-open center, end of day: Saturday is the next working day
			SATURDAY | 2026-03-02 09:00 | 5  | CD | -       | - | 2026-03-07 09:00 | Saturday-open center: a calendar-day end on Saturday stays
			SATURDAY | 2026-03-02 14:00 | 5  | CD | -       | - | 2026-03-07 11:30 | Saturday-open center: a 14:00 end on Saturday is held to its 11:30 close
			SATURDAY | 2025-04-26 07:00 | 8  | WH | -       | - | 2025-04-26 17:00 | compensatory Saturday is a full regular day, even where Saturday is half
			""")
	void computesTheDeadline(String profile, String start, long amount, String unit, String policy, String pauses,
			String expected, String reason) {
		var calculator = new DeadlineCalculator(TestSchedules.schedule(profile));

		var deadline = calculator.deadline(at(start), amount, unit(unit), policy(policy), pauses(pauses));

		assertThat(deadline).as(reason).isEqualTo(at(expected));
	}

	private static DeadlineUnit unit(String code) {
		return switch (code) {
			case "WD" -> DeadlineUnit.WORKING_DAYS;
			case "CD" -> DeadlineUnit.CALENDAR_DAYS;
			case "WH" -> DeadlineUnit.WORKING_HOURS;
			default -> throw new IllegalArgumentException(code);
		};
	}

	private static DeadlinePolicy policy(String code) {
		return switch (code) {
			case "-" -> DeadlinePolicy.DEFAULT;
			case "EOD" -> DeadlinePolicy.DEFAULT.with(DayCounting.END_OF_DAY);
			case "RESTART" -> DeadlinePolicy.DEFAULT.with(AfterPause.RESTART);
			case "CUT15" -> DeadlinePolicy.DEFAULT.withSameDayCutoff(LocalTime.of(15, 0));
			default -> throw new IllegalArgumentException(code);
		};
	}
}
