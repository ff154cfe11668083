package org.openprovince.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The days off that follow from the law alone, for one Gregorian year, before the government's
 * yearly schedule adjusts them:
 * <ul>
 * <li>the holidays of Labour Code 2019 art. 112.1 ({@link Holiday}), the lunar ones from the
 * Vietnamese lunar calendar;</li>
 * <li>Tết as the last day of the old lunar year and the first four days of the new one, and the day
 * adjacent to 2 September chosen as in recent years — both are the Prime Minister's choice
 * (art. 112.3), so these are defaults the yearly schedule may move;</li>
 * <li>nghỉ bù: a holiday falling on Saturday or Sunday, the weekly rest of state agencies, gives
 * the next Monday–Friday that is not itself a holiday off (art. 111.3).</li>
 * </ul>
 * Pure and cached per year; thread-safe.
 */
final class StatutoryHolidays {

	/** One day off: a holiday, or the nghỉ bù it causes ({@code compensatory}). */
	record Entry(LocalDate date, Holiday holiday, boolean compensatory) {
	}

	private final VietnameseLunarCalendar lunar;

	private final Map<Integer, NavigableMap<LocalDate, Entry>> years = new ConcurrentHashMap<>();

	StatutoryHolidays(VietnameseLunarCalendar lunar) {
		this.lunar = lunar;
	}

	/** The days off of that year, by date. */
	NavigableMap<LocalDate, Entry> of(int year) {
		return years.computeIfAbsent(year, this::compute);
	}

	Entry on(LocalDate date) {
		return of(date.getYear()).get(date);
	}

	private NavigableMap<LocalDate, Entry> compute(int year) {
		var days = new TreeMap<LocalDate, Entry>();
		holiday(days, LocalDate.of(year, 1, 1), Holiday.NEW_YEAR);
		LocalDate tet = lunar.newYear(year);
		for (int i = -1; i < 4; i++) {
			holiday(days, tet.plusDays(i), Holiday.TET);
		}
		holiday(days, lunar.solarDate(year, 3, 10), Holiday.HUNG_KINGS);
		holiday(days, LocalDate.of(year, 4, 30), Holiday.VICTORY_DAY);
		holiday(days, LocalDate.of(year, 5, 1), Holiday.LABOUR_DAY);
		LocalDate nationalDay = LocalDate.of(year, 9, 2);
		holiday(days, nationalDay, Holiday.NATIONAL_DAY);
		holiday(days, adjacentToNationalDay(nationalDay), Holiday.NATIONAL_DAY_ADJACENT);
		for (Entry holiday : List.copyOf(days.values())) {
			if (isWeeklyRest(holiday.date())) {
				LocalDate substitute = holiday.date().plusDays(1);
				while (isWeeklyRest(substitute) || days.containsKey(substitute)) {
					substitute = substitute.plusDays(1);
				}
				days.put(substitute, new Entry(substitute, holiday.holiday(), true));
			}
		}
		return Collections.unmodifiableNavigableMap(days);
	}

	/**
	 * The day before or after 2 September that makes the longest break with the weekend, as the
	 * Prime Minister chose it since the rule began in 2021 [K]: Monday → 3/9 (2024), Tuesday → 1/9
	 * (2025), Thursday → 3/9 (2021), Friday → 1/9 (2022), Saturday → 1/9 (2023). Without precedent
	 * [I]: Wednesday → 3/9, Sunday → 3/9 (the nghỉ bù then falls on 4/9 either way).
	 */
	static LocalDate adjacentToNationalDay(LocalDate nationalDay) {
		return switch (nationalDay.getDayOfWeek()) {
			case TUESDAY, FRIDAY, SATURDAY -> nationalDay.minusDays(1);
			case MONDAY, WEDNESDAY, THURSDAY, SUNDAY -> nationalDay.plusDays(1);
		};
	}

	private static void holiday(Map<LocalDate, Entry> days, LocalDate date, Holiday holiday) {
		days.putIfAbsent(date, new Entry(date, holiday, false));
	}

	/** The weekly rest of state agencies: Saturday and Sunday (Decision 188/1999/QĐ-TTg [K]). */
	static boolean isWeeklyRest(LocalDate date) {
		return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
	}
}
