package org.openprovince.calendar.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.calendar.CalendarDay;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.platform.VietnamTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The year view (lịch làm việc năm): twelve month grids and the list of holidays, nghỉ bù and the
 * yearly schedule's entries, with their lunar dates. For all staff; previous/next year links work
 * with or without htmx.
 */
@Controller
class YearController {

	static final String VIEW = "calendar/year";

	static final String VIEW_FRAGMENT = Pages.FRAGMENTS + "year";

	static final int MIN_YEAR = 1976;

	static final int MAX_YEAR = 2199;

	private final WorkingCalendar calendar;

	private final Clock clock;

	YearController(WorkingCalendar calendar, Clock clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@GetMapping("/office/calendar")
	String year(@RequestParam(required = false) @Nullable Integer year, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		int shown = year == null ? LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear() : year;
		if (shown < MIN_YEAR || shown > MAX_YEAR) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		List<CalendarDay> days = calendar.days(null, LocalDate.of(shown, 1, 1), LocalDate.of(shown, 12, 31));
		Map<LocalDate, CalendarDay> byDate = days.stream()
			.collect(Collectors.toMap(CalendarDay::date, Function.identity()));
		model.addAttribute("year", shown);
		model.addAttribute("previous", shown > MIN_YEAR ? shown - 1 : null);
		model.addAttribute("next", shown < MAX_YEAR ? shown + 1 : null);
		model.addAttribute("months",
				IntStream.rangeClosed(1, 12).mapToObj(m -> MonthGrid.of(YearMonth.of(shown, m), byDate)).toList());
		model.addAttribute("notable", days.stream().filter(CalendarDay::notable).toList());
		model.addAttribute("hours", calendar.workingHours(null));
		model.addAttribute("weekdays", DayOfWeek.values());
		return WebForms.wantsFragment(request, response) ? VIEW_FRAGMENT : VIEW;
	}
}
