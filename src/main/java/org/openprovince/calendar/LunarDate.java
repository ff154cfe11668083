package org.openprovince.calendar;

/**
 * A date of the Vietnamese lunar calendar (âm lịch): year (the Gregorian year in which that lunar
 * year begins), month 1–12, whether the month is a leap month (tháng nhuận), day 1–30.
 */
public record LunarDate(int year, int month, boolean leapMonth, int day) {

	public LunarDate {
		if (month < 1 || month > 12 || day < 1 || day > 30) {
			throw new IllegalArgumentException("Not a lunar date: " + day + "/" + month + "/" + year);
		}
	}

	/** "10/3", as written in Vietnamese; a leap month is not marked here. */
	public String dayMonth() {
		return day + "/" + month;
	}

	@Override
	public String toString() {
		return dayMonth() + (leapMonth ? " (nhuận)" : "") + "/" + year;
	}
}
