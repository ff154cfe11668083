package org.openprovince.calendar.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.CalendarDay;

/** One month of the year view as weeks from Monday to Sunday; {@code null} cells are outside the month. */
record MonthGrid(YearMonth month, List<List<@Nullable CalendarDay>> weeks) {

	static MonthGrid of(YearMonth month, Map<LocalDate, CalendarDay> days) {
		List<List<@Nullable CalendarDay>> weeks = new ArrayList<>();
		@Nullable CalendarDay[] week = new CalendarDay[7];
		for (int day = 1; day <= month.lengthOfMonth(); day++) {
			LocalDate date = month.atDay(day);
			int column = date.getDayOfWeek().getValue() - 1;
			week[column] = days.get(date);
			if (column == 6 || day == month.lengthOfMonth()) {
				weeks.add(Arrays.asList(week));
				week = new CalendarDay[7];
			}
		}
		return new MonthGrid(month, weeks);
	}
}
