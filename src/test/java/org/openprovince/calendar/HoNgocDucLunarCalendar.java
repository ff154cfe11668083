package org.openprovince.calendar;

import java.time.LocalDate;
import java.time.temporal.JulianFields;

/**
 * Test-only, independent implementation of the lunar calendar, written from Hồ Ngọc Đức's published
 * algorithm ("Thuật toán tính âm lịch"): new moons and the sun's longitude by the truncated series of
 * Jean Meeus, "Astronomical Algorithms" (1998), at a given time zone — 7 for Vietnam, 8 for China.
 * It shares no code and no astronomy with ICU4J, so agreement between the two is evidence for both.
 * Days are Julian day numbers.
 */
final class HoNgocDucLunarCalendar {

	private static final double SYNODIC_MONTH = 29.530588853;

	private static final double K_EPOCH = 2415021.076998695;

	private final double timeZone;

	HoNgocDucLunarCalendar(double timeZone) {
		this.timeZone = timeZone;
	}

	/** The Gregorian date of a lunar date; {@code null} for a leap month the year does not have. */
	LocalDate solarDate(int lunarYear, int month, boolean leap, int day) {
		long a11;
		long b11;
		if (month < 11) {
			a11 = month11(lunarYear - 1);
			b11 = month11(lunarYear);
		}
		else {
			a11 = month11(lunarYear);
			b11 = month11(lunarYear + 1);
		}
		long k = floor(0.5 + (a11 - K_EPOCH) / SYNODIC_MONTH);
		long offset = month - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			long leapOffset = leapMonthOffset(a11);
			long leapMonth = leapOffset - 2;
			if (leapMonth < 0) {
				leapMonth += 12;
			}
			if (leap && month != leapMonth) {
				return null;
			}
			if (leap || offset >= leapOffset) {
				offset += 1;
			}
		}
		else if (leap) {
			return null;
		}
		return date(newMoonDay(k + offset) + day - 1);
	}

	/** The lunar date of a Gregorian date. */
	LunarDate lunarDate(LocalDate date) {
		long dayNumber = jd(date);
		int year = date.getYear();
		long k = floor((dayNumber - K_EPOCH) / SYNODIC_MONTH);
		long monthStart = newMoonDay(k + 1);
		if (monthStart > dayNumber) {
			monthStart = newMoonDay(k);
		}
		long a11 = month11(year);
		long b11 = a11;
		int lunarYear;
		if (a11 >= monthStart) {
			lunarYear = year;
			a11 = month11(year - 1);
		}
		else {
			lunarYear = year + 1;
			b11 = month11(year + 1);
		}
		int day = (int) (dayNumber - monthStart + 1);
		long diff = floor((monthStart - a11) / 29.0);
		boolean leap = false;
		long month = diff + 11;
		if (b11 - a11 > 365) {
			long leapDiff = leapMonthOffset(a11);
			if (diff >= leapDiff) {
				month = diff + 10;
				leap = diff == leapDiff;
			}
		}
		if (month > 12) {
			month -= 12;
		}
		if (month >= 11 && diff < 4) {
			lunarYear -= 1;
		}
		return new LunarDate(lunarYear, (int) month, leap, day);
	}

	/** Julian ephemeris day of the k-th new moon after 1900-01-01 (Meeus ch. 49, truncated). */
	static double newMoon(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
				: -0.000278 + 0.000265 * t + 0.000262 * t2;
		return jd1 + c1 - deltaT;
	}

	/** Sun's apparent longitude in radians at a Julian day (Meeus ch. 25, low precision). */
	static double sunLongitude(double jdn) {
		double t = (jdn - 2451545.0) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		return l - Math.PI * 2 * floor(l / (Math.PI * 2));
	}

	private long newMoonDay(long k) {
		return floor(newMoon(k) + 0.5 + timeZone / 24);
	}

	/** Which of the 12 major solar terms (0–11) the sun is in at the start of that day. */
	private long sunSector(long dayNumber) {
		return floor(sunLongitude(dayNumber - 0.5 - timeZone / 24) / Math.PI * 6);
	}

	/** Day number of the start of month 11 (the month of the winter solstice) of a year. */
	private long month11(int year) {
		long offset = jd(LocalDate.of(year, 12, 31)) - 2415021;
		long k = floor(offset / SYNODIC_MONTH);
		long newMoon = newMoonDay(k);
		if (sunSector(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Offset from month 11 of the first month without a major solar term (the leap month). */
	private long leapMonthOffset(long a11) {
		long k = floor((a11 - K_EPOCH) / SYNODIC_MONTH + 0.5);
		long last;
		int i = 1;
		long arc = sunSector(newMoonDay(k + i));
		do {
			last = arc;
			i++;
			arc = sunSector(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

	private static long floor(double value) {
		return (long) Math.floor(value);
	}

	private static long jd(LocalDate date) {
		return date.getLong(JulianFields.JULIAN_DAY);
	}

	private static LocalDate date(long jd) {
		return LocalDate.MIN.with(JulianFields.JULIAN_DAY, jd);
	}
}
