package org.openprovince.calendar.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.calendar.CalendarDay;
import org.openprovince.calendar.DeadlinePolicy;
import org.openprovince.calendar.DeadlinePolicy.DayCounting;
import org.openprovince.calendar.DeadlineUnit;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.RoleGrant;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The deadline calculator (tính hạn giải quyết) a reception officer uses to tell a citizen when
 * the result will be ready: agency, reception time (now by default), the procedure's time limit.
 * A GET form, so every answer is a bookmarkable link; htmx only swaps the result in.
 */
@Controller
class DeadlineController {

	static final String VIEW = "calendar/deadline";

	static final String VIEW_RESULT = Pages.FRAGMENTS + "deadlineResult";

	/** Beyond this the list of skipped days is not shown (the facade lists at most 400 days). */
	private static final long MAX_LISTED_DAYS = 366;

	private final WorkingCalendar calendar;


	private final Organization organization;

	private final Clock clock;

	DeadlineController(WorkingCalendar calendar, Organization organization,
			Clock clock) {
		this.calendar = calendar;
		this.organization = organization;
		this.clock = clock;
	}

	@InitBinder("deadlineQuery")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	/** What the result part of the page shows. */
	record Result(LocalDateTime deadline, LocalDateTime countedFrom, Duration workingTime,
			@Nullable List<CalendarDay> skipped) {
	}

	/** An agency in the select. */
	record AgencyOption(UUID id, String label) {
	}

	@GetMapping("/office/calendar/deadline")
	String calculate(@Valid @ModelAttribute("deadlineQuery") DeadlineQuery query, BindingResult binding,
			@Nullable CurrentUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
		LocalDateTime now = LocalDateTime.now(clock.withZone(VietnamTime.ZONE)).truncatedTo(ChronoUnit.MINUTES);
		List<AgencyOption> agencies = agencies(user);
		UUID agency = query.agency() != null ? query.agency()
				: query.amount() == null && !agencies.isEmpty() ? agencies.getFirst().id() : null;
		var shown = new DeadlineQuery(agency, query.start() == null ? now : query.start(), query.amount(),
				query.unit() == null ? DeadlineUnit.WORKING_DAYS : query.unit(),
				query.counting() == null ? DayCounting.SAME_TIME : query.counting());
		if (!binding.hasErrors() && shown.amount() != null) {
			model.addAttribute("result", result(shown));
		}
		if (WebForms.wantsFragment(request, response)) {
			return VIEW_RESULT;
		}
		model.addAttribute("form", shown);
		model.addAttribute("agencies", agencies);
		model.addAttribute("units", DeadlineUnit.values());
		model.addAttribute("countings", DayCounting.values());
		return VIEW;
	}

	private Result result(DeadlineQuery query) {
		AgencyId agency = query.agency() == null ? null : new AgencyId(query.agency());
		Instant start = query.start().atZone(VietnamTime.ZONE).toInstant();
		var policy = DeadlinePolicy.DEFAULT.with(query.counting());
		Instant deadline = calendar.deadline(agency, start, query.amount(), query.unit(), policy, List.of());
		Instant countedFrom = calendar.nextWorkingMoment(agency, start);
		LocalDateTime end = LocalDateTime.ofInstant(deadline, VietnamTime.ZONE);
		List<CalendarDay> skipped = null;
		if (ChronoUnit.DAYS.between(query.start().toLocalDate(), end.toLocalDate()) < MAX_LISTED_DAYS) {
			skipped = calendar.days(agency, query.start().toLocalDate(), end.toLocalDate())
				.stream()
				.filter(day -> !day.working())
				.toList();
		}
		return new Result(end, LocalDateTime.ofInstant(countedFrom, VietnamTime.ZONE),
				calendar.workingTimeBetween(agency, countedFrom, deadline), skipped);
	}

	/** The user's own agencies first, then every agency in force today, by name. */
	private List<AgencyOption> agencies(@Nullable CurrentUser user) {
		Map<UUID, AgencyOption> options = new LinkedHashMap<>();
		List<AgencySummary> current = organization.currentAgencies(LocalDate.now(VietnamTime.ZONE));
		Map<UUID, String> names = new LinkedHashMap<>();
		current.forEach(a -> names.put(a.id().value(), a.name()));
		if (user != null) {
			user.grants()
				.stream()
				.map(RoleGrant::agencyId)
				.filter(Objects::nonNull)
				.filter(names::containsKey)
				.forEach(id -> options.putIfAbsent(id, new AgencyOption(id, names.get(id))));
		}
		names.forEach((id, name) -> options.putIfAbsent(id, new AgencyOption(id, name)));
		return List.copyOf(options.values());
	}
}
