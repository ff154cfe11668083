package org.openprovince.calendar;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.ChineseCalendar;
import com.ibm.icu.util.SimpleTimeZone;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * The Vietnamese lunar calendar (âm lịch): the Chinese calendar's rules — months from one new moon
 * to the next, month 11 holds the winter solstice, a leap month is the first without a major solar
 * term — but with new moons and solar terms taken at UTC+7 rather than UTC+8. The day of a new
 * moon near midnight therefore differs in some years: Tết 1985 fell on 21 January in Vietnam and
 * 20 February in China, Tết 2007 on 17 and 18 February, Tết 2030 on 2 and 3 February.
 *
 * <p>Backed by ICU4J's {@link ChineseCalendar} with its astronomical zone set to UTC+7 (the
 * constructor {@code DangiCalendar} uses for Korea). ICU's new moons can be a few minutes off, so
 * a month whose new moon is within minutes of midnight may start a day late: the tests compare
 * with an independent implementation and list the three such months of 1985–2030 (none of them
 * holds a holiday). Years are limited to {@value #MIN_YEAR}–{@value #MAX_YEAR}: Vietnam has used
 * UTC+7 everywhere since 1975. Thread-safe; results are cached per Gregorian year.
 */
final class VietnameseLunarCalendar {

	static final int MIN_YEAR = 1976;

	static final int MAX_YEAR = 2199;

	private static final ZoneOffset ICT = ZoneOffset.ofHours(7);

	private static final long DAY_MILLIS = 86_400_000L;

	private final Map<Integer, LunarDate[]> years = new ConcurrentHashMap<>();

	/** The lunar date of a Gregorian date. */
	LunarDate lunarDate(LocalDate date) {
		LunarDate[] year = years.computeIfAbsent(checkYear(date.getYear()), this::computeYear);
		return year[date.getDayOfYear() - 1];
	}

	/** The Gregorian date of a day in a non-leap lunar month of the lunar year that starts in {@code lunarYear}. */
	LocalDate solarDate(int lunarYear, int month, int day) {
		var calendar = new IcuVietnameseCalendar();
		calendar.clear();
		calendar.set(Calendar.EXTENDED_YEAR, checkYear(lunarYear));
		calendar.set(Calendar.MONTH, month - 1);
		calendar.set(Calendar.IS_LEAP_MONTH, 0);
		calendar.set(Calendar.DAY_OF_MONTH, day);
		// The calendar's own zone is UTC+7 too, so its midnight is the local day.
		return LocalDate.ofEpochDay(Math.floorDiv(calendar.getTimeInMillis() + ICT.getTotalSeconds() * 1000L, DAY_MILLIS));
	}

	/** Tết Nguyên đán: the first day of the lunar year that starts in the given Gregorian year. */
	LocalDate newYear(int year) {
		return solarDate(year, 1, 1);
	}

	/** Without the cache: ICU's answer for one date. */
	static LunarDate compute(LocalDate date) {
		return read(new IcuVietnameseCalendar(), date);
	}

	private LunarDate[] computeYear(int year) {
		var calendar = new IcuVietnameseCalendar();
		LocalDate first = LocalDate.of(year, 1, 1);
		var dates = new LunarDate[first.lengthOfYear()];
		for (int i = 0; i < dates.length; i++) {
			dates[i] = read(calendar, first.plusDays(i));
		}
		return dates;
	}

	private static LunarDate read(ChineseCalendar calendar, LocalDate date) {
		// Noon, local time: far from the day's edges.
		calendar.setTimeInMillis(date.toEpochDay() * DAY_MILLIS + (12 - 7) * 3_600_000L);
		return new LunarDate(calendar.get(Calendar.EXTENDED_YEAR), calendar.get(Calendar.MONTH) + 1,
				calendar.get(Calendar.IS_LEAP_MONTH) == 1, calendar.get(Calendar.DAY_OF_MONTH));
	}

	private static int checkYear(int year) {
		if (year < MIN_YEAR || year > MAX_YEAR) {
			throw new IllegalArgumentException("Year out of range " + MIN_YEAR + "–" + MAX_YEAR + ": " + year);
		}
		return year;
	}

	/**
	 * ICU's Chinese calendar computing new moons and solar terms at UTC+7. Since ICU 74 its extended
	 * year is the Gregorian year in which the lunar year begins.
	 */
	private static final class IcuVietnameseCalendar extends ChineseCalendar {

		private static final long serialVersionUID = 1L;

		private static final TimeZone UTC_PLUS_7 = new SimpleTimeZone(7 * 3_600_000, "UTC+07:00").freeze();

		IcuVietnameseCalendar() {
			super(UTC_PLUS_7, ULocale.ROOT, UTC_PLUS_7);
		}
	}
}
