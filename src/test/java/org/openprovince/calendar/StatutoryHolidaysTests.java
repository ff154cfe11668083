package org.openprovince.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StatutoryHolidaysTests {

	final StatutoryHolidays holidays = new StatutoryHolidays(new VietnameseLunarCalendar());

	@Test
	void computes2026FromTheLabourCodeAndTheLunarCalendar() {
		assertThat(days(2026)).containsExactly(
				Map.entry(LocalDate.of(2026, 1, 1), "NEW_YEAR"),
				// Tết Bính Ngọ: 29 tháng Chạp (16/2, a Monday) to mùng 4 (20/2); the official break
				// for state agencies was 14–22/2 with the weekends, so nothing needs adjusting [K].
				Map.entry(LocalDate.of(2026, 2, 16), "TET"), Map.entry(LocalDate.of(2026, 2, 17), "TET"),
				Map.entry(LocalDate.of(2026, 2, 18), "TET"), Map.entry(LocalDate.of(2026, 2, 19), "TET"),
				Map.entry(LocalDate.of(2026, 2, 20), "TET"),
				// 10/3 âm lịch falls on Sunday 26/4: nghỉ bù on Monday 27/4 (art. 111.3).
				Map.entry(LocalDate.of(2026, 4, 26), "HUNG_KINGS"),
				Map.entry(LocalDate.of(2026, 4, 27), "HUNG_KINGS (nghỉ bù)"),
				Map.entry(LocalDate.of(2026, 4, 30), "VICTORY_DAY"), Map.entry(LocalDate.of(2026, 5, 1), "LABOUR_DAY"),
				Map.entry(LocalDate.of(2026, 9, 2), "NATIONAL_DAY"),
				Map.entry(LocalDate.of(2026, 9, 3), "NATIONAL_DAY_ADJACENT"));
	}

	@Test
	void computes2025WithTheNghiBuForTetOnSaturday() {
		assertThat(days(2025)).containsExactly(Map.entry(LocalDate.of(2025, 1, 1), "NEW_YEAR"),
				Map.entry(LocalDate.of(2025, 1, 28), "TET"), Map.entry(LocalDate.of(2025, 1, 29), "TET"),
				Map.entry(LocalDate.of(2025, 1, 30), "TET"), Map.entry(LocalDate.of(2025, 1, 31), "TET"),
				Map.entry(LocalDate.of(2025, 2, 1), "TET"),
				// Mùng 4 on Saturday: by art. 111.3 the nghỉ bù is the next Monday; the Prime Minister
				// moved it to Monday 27/1 instead — the yearly schedule records that.
				Map.entry(LocalDate.of(2025, 2, 3), "TET (nghỉ bù)"), Map.entry(LocalDate.of(2025, 4, 7), "HUNG_KINGS"),
				Map.entry(LocalDate.of(2025, 4, 30), "VICTORY_DAY"), Map.entry(LocalDate.of(2025, 5, 1), "LABOUR_DAY"),
				Map.entry(LocalDate.of(2025, 9, 1), "NATIONAL_DAY_ADJACENT"),
				Map.entry(LocalDate.of(2025, 9, 2), "NATIONAL_DAY"));
	}

	@Test
	void givesNghiBuOnTheNextWeekdayThatIsNotItselfAHoliday() {
		// 2023: Giỗ Tổ on Saturday 29/4, 30/4 on Sunday, 1/5 on Monday: nghỉ bù on 2/5 and 3/5,
		// as the official 2023 schedule had it [K].
		assertThat(days(2023)).containsAllEntriesOf(Map.of(LocalDate.of(2023, 4, 29), "HUNG_KINGS",
				LocalDate.of(2023, 4, 30), "VICTORY_DAY", LocalDate.of(2023, 5, 1), "LABOUR_DAY",
				LocalDate.of(2023, 5, 2), "HUNG_KINGS (nghỉ bù)", LocalDate.of(2023, 5, 3), "VICTORY_DAY (nghỉ bù)"));
	}

	/** The day adjacent to 2 September (art. 112.1.đ), as chosen since 2021 [K], and by rule [I] otherwise. */
	@ParameterizedTest(name = "2/9/{0} ({1}): adjacent {2}")
	@CsvSource(delimiter = '|', textBlock = """
			2021 | THURSDAY  | 2021-09-03 | -
			2022 | FRIDAY    | 2022-09-01 | -
			2023 | SATURDAY  | 2023-09-01 | 2023-09-04
			2024 | MONDAY    | 2024-09-03 | -
			2025 | TUESDAY   | 2025-09-01 | -
			2026 | WEDNESDAY | 2026-09-03 | -
			2029 | SUNDAY    | 2029-09-03 | 2029-09-04
			""")
	void choosesTheDayAdjacentToNationalDayThatJoinsTheWeekend(int year, String weekday, LocalDate adjacent,
			String nghiBu) {
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		assertThat(nationalDay.getDayOfWeek().name()).isEqualTo(weekday);
		assertThat(holidays.on(adjacent).holiday()).isEqualTo(Holiday.NATIONAL_DAY_ADJACENT);
		if (!"-".equals(nghiBu)) {
			assertThat(holidays.on(LocalDate.parse(nghiBu))).isEqualTo(
					new StatutoryHolidays.Entry(LocalDate.parse(nghiBu), Holiday.NATIONAL_DAY, true));
		}
	}

	private Map<LocalDate, String> days(int year) {
		return holidays.of(year)
			.values()
			.stream()
			.collect(Collectors.toMap(StatutoryHolidays.Entry::date,
					e -> e.holiday().name() + (e.compensatory() ? " (nghỉ bù)" : ""), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}
}
