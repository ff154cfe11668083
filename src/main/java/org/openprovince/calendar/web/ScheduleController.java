package org.openprovince.calendar.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.calendar.CalendarAdministration;
import org.openprovince.calendar.CalendarException;
import org.openprovince.calendar.DayOverride;
import org.openprovince.calendar.OverrideKind;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.platform.VietnamTime;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The schedule editor (lịch điều chỉnh): an administrator enters the government's yearly notice —
 * extra days off and compensatory working days — next to the days off the law gives. Audited;
 * applies to the next deadline computed.
 */
@Controller
@RequestMapping("/office/admin/calendar/schedule")
@PreAuthorize(Pages.ADMIN)
class ScheduleController {

	static final String VIEW = "calendar/schedule";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final Map<String, String> FIELDS = Map.of("calendar.error.override.reason", "reason",
			"calendar.error.override.legalBasis", "legalBasis");

	private final CalendarAdministration administration;

	private final WorkingCalendar calendar;

	private final MessageSource messages;

	private final Clock clock;

	ScheduleController(CalendarAdministration administration, WorkingCalendar calendar, MessageSource messages,
			Clock clock) {
		this.administration = administration;
		this.calendar = calendar;
		this.messages = messages;
		this.clock = clock;
	}

	@InitBinder("overrideForm")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int shown = year == null ? LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear() + 1 : year;
		if (!model.containsAttribute("overrideForm")) {
			model.addAttribute("overrideForm", OverrideForm.empty());
		}
		return page(shown, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult binding,
			@RequestParam(required = false) @Nullable Integer year, Model model, RedirectAttributes redirect,
			Locale locale) {
		int shown = form.date() != null ? form.date().getYear()
				: year != null ? year : LocalDate.now(clock.withZone(VietnamTime.ZONE)).getYear();
		if (binding.hasErrors()) {
			return page(shown, model);
		}
		try {
			DayOverride added = administration.addOverride(form.date(), form.kind(), form.reason(), form.legalBasis());
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("calendar.schedule.added",
					new Object[] { messages.getMessage("calendar.schedule.kind." + added.kind(), null, locale),
							DATE.format(added.date()) },
					locale));
			return "redirect:/office/admin/calendar/schedule?year=" + shown;
		}
		catch (CalendarException ex) {
			String field = FIELDS.get(ex.messageKey());
			if (field != null) {
				binding.rejectValue(field, ex.messageKey(), ex.getArguments(), ex.getMessage());
			}
			else {
				binding.reject(ex.messageKey(), ex.getArguments(), ex.getMessage());
			}
			return page(shown, model);
		}
	}

	@PostMapping("/{id}/delete")
	String remove(@PathVariable UUID id, @RequestParam int year, RedirectAttributes redirect, Locale locale) {
		DayOverride override = administration.overrides(year)
			.stream()
			.filter(o -> o.id().equals(id))
			.findFirst()
			.orElse(null);
		try {
			administration.removeOverride(id);
			if (override != null) {
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("calendar.schedule.removed",
						new Object[] { DATE.format(override.date()) }, locale));
			}
		}
		catch (CalendarException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		return "redirect:/office/admin/calendar/schedule?year=" + year;
	}

	private String page(int year, Model model) {
		if (year < YearController.MIN_YEAR || year > YearController.MAX_YEAR) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		model.addAttribute("year", year);
		model.addAttribute("overrides", administration.overrides(year));
		model.addAttribute("computed", calendar.daysOffByLaw(year));
		model.addAttribute("kinds", OverrideKind.values());
		return VIEW;
	}
}
