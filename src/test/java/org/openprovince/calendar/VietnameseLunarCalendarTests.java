package org.openprovince.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VietnameseLunarCalendarTests {

	static final HoNgocDucLunarCalendar VIETNAM = new HoNgocDucLunarCalendar(7);

	static final HoNgocDucLunarCalendar CHINA = new HoNgocDucLunarCalendar(8);

	final VietnameseLunarCalendar calendar = new VietnameseLunarCalendar();

	/**
	 * Tết Nguyên đán 1985–2030, derived with both implementations and checked against published
	 * dates. 1985, 2007 and 2030 differ from the Chinese New Year (see below).
	 */
	@ParameterizedTest(name = "Tết {0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			1985 | 1985-01-21
			# China: 1985-02-20 — the leap month of 1984 falls differently at UTC+7
			1986 | 1986-02-09
			1987 | 1987-01-29
			1988 | 1988-02-17
			1989 | 1989-02-06
			1990 | 1990-01-27
			1991 | 1991-02-15
			1992 | 1992-02-04
			1993 | 1993-01-23
			1994 | 1994-02-10
			1995 | 1995-01-31
			1996 | 1996-02-19
			1997 | 1997-02-07
			1998 | 1998-01-28
			1999 | 1999-02-16
			2000 | 2000-02-05
			2001 | 2001-01-24
			2002 | 2002-02-12
			2003 | 2003-02-01
			2004 | 2004-01-22
			2005 | 2005-02-09
			2006 | 2006-01-29
			2007 | 2007-02-17
			# China: 2007-02-18 — new moon at 23:14 UTC+7, 00:14 UTC+8
			2008 | 2008-02-07
			2009 | 2009-01-26
			2010 | 2010-02-14
			2011 | 2011-02-03
			2012 | 2012-01-23
			2013 | 2013-02-10
			2014 | 2014-01-31
			2015 | 2015-02-19
			2016 | 2016-02-08
			2017 | 2017-01-28
			2018 | 2018-02-16
			2019 | 2019-02-05
			2020 | 2020-01-25
			2021 | 2021-02-12
			2022 | 2022-02-01
			2023 | 2023-01-22
			2024 | 2024-02-10
			2025 | 2025-01-29
			2026 | 2026-02-17
			2027 | 2027-02-06
			2028 | 2028-01-26
			2029 | 2029-02-13
			2030 | 2030-02-02
			# China: 2030-02-03 — new moon at 23:07 UTC+7 on 2 February, 00:07 UTC+8 on the 3rd
			""")
	void findsTetOfTheVietnameseCalendar(int year, LocalDate tet) {
		assertThat(calendar.newYear(year)).isEqualTo(tet);
		assertThat(calendar.lunarDate(tet)).isEqualTo(new LunarDate(year, 1, false, 1));
	}

	@Test
	void agreesWithTheIndependentAlgorithmOnEveryTetAndHungKingsDayFrom1985To2030() {
		for (int year = 1985; year <= 2030; year++) {
			assertThat(calendar.newYear(year)).as("Tết %d", year).isEqualTo(VIETNAM.solarDate(year, 1, false, 1));
			assertThat(calendar.solarDate(year, 3, 10)).as("Giỗ Tổ %d", year)
				.isEqualTo(VIETNAM.solarDate(year, 3, false, 10));
		}
	}

	/** Beyond the golden years: the holidays stay right until 2100 although a few month starts differ. */
	@Test
	void agreesWithTheIndependentAlgorithmOnTheHolidaysUntil2100() {
		for (int year = 2031; year <= 2100; year++) {
			assertThat(calendar.newYear(year)).as("Tết %d", year).isEqualTo(VIETNAM.solarDate(year, 1, false, 1));
			assertThat(calendar.solarDate(year, 3, 10)).as("Giỗ Tổ %d", year)
				.isEqualTo(VIETNAM.solarDate(year, 3, false, 10));
		}
	}

	/**
	 * Every month start of 1985–2030 agrees, except three months whose new moon came 4–6 minutes
	 * before midnight (UTC+7), where ICU's lower-precision astronomy puts it after midnight and the
	 * month starts a day late. Meeus' full series puts those new moons at 23:54:50, 23:56:19 and
	 * 23:56:37, so the independent algorithm is right there. No holiday falls in them.
	 */
	@Test
	void agreesWithTheIndependentAlgorithmOnEveryMonthExceptThreeNewMoonsMinutesBeforeMidnight() {
		List<LocalDate> disagreements = new ArrayList<>();
		for (LocalDate date = LocalDate.of(1985, 1, 1); date.getYear() <= 2030; date = date.plusDays(1)) {
			LunarDate expected = VIETNAM.lunarDate(date);
			// A month starting a day early or late shows on its first or on its second day.
			if (expected.day() == 1 && (!VietnameseLunarCalendar.compute(date).equals(expected)
					|| !VietnameseLunarCalendar.compute(date.plusDays(1)).equals(VIETNAM.lunarDate(date.plusDays(1))))) {
				disagreements.add(date);
			}
		}
		assertThat(disagreements).containsExactly(LocalDate.of(1995, 9, 24), LocalDate.of(1996, 12, 10),
				LocalDate.of(1997, 12, 29));
	}

	@Test
	void tetDiffersFromTheChineseNewYearOnlyIn1985And2007And2030() {
		List<Integer> different = new ArrayList<>();
		for (int year = 1985; year <= 2030; year++) {
			if (!VIETNAM.solarDate(year, 1, false, 1).equals(CHINA.solarDate(year, 1, false, 1))) {
				different.add(year);
			}
		}
		assertThat(different).containsExactly(1985, 2007, 2030);
		assertThat(CHINA.solarDate(1985, 1, false, 1)).isEqualTo("1985-02-20");
		assertThat(CHINA.solarDate(2007, 1, false, 1)).isEqualTo("2007-02-18");
		assertThat(CHINA.solarDate(2030, 1, false, 1)).isEqualTo("2030-02-03");
	}

	@Test
	void findsHungKingsDayOnTheTenthOfTheThirdLunarMonth() {
		assertThat(calendar.solarDate(2024, 3, 10)).isEqualTo("2024-04-18");
		assertThat(calendar.solarDate(2025, 3, 10)).isEqualTo("2025-04-07");
		assertThat(calendar.solarDate(2026, 3, 10)).isEqualTo("2026-04-26");
		// 2023 has a leap second month: the holiday is in the ordinary third month, after it.
		assertThat(calendar.solarDate(2023, 3, 10)).isEqualTo("2023-04-29");
	}

	@Test
	void readsLunarDatesIncludingLeapMonthsAndTheLastDayOfTheYear() {
		assertThat(calendar.lunarDate(LocalDate.of(2023, 3, 22))).isEqualTo(new LunarDate(2023, 2, true, 1));
		assertThat(calendar.lunarDate(LocalDate.of(2025, 1, 28))).isEqualTo(new LunarDate(2024, 12, false, 29));
		assertThat(calendar.lunarDate(LocalDate.of(2026, 2, 16))).isEqualTo(new LunarDate(2025, 12, false, 29));
		assertThat(calendar.lunarDate(LocalDate.of(2026, 9, 25))).isEqualTo(new LunarDate(2026, 8, false, 15));
	}
}
