package org.openprovince.calendar.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.calendar.AgencyHours;
import org.openprovince.calendar.CalendarAdministration;
import org.openprovince.calendar.CalendarException;
import org.openprovince.calendar.WorkingHours;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.organization.OrganizationException;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Office hours (giờ làm việc): the province's default and the agencies with hours of their own,
 * e.g. a service center open on Saturday morning. Audited; applies to the next deadline computed.
 */
@Controller
@RequestMapping("/office/admin/calendar/hours")
@PreAuthorize(Pages.ADMIN)
class HoursController {

	static final String VIEW_LIST = "calendar/hours";

	static final String VIEW_FORM = "calendar/hours-form";

	private final CalendarAdministration administration;

	private final Organization organization;

	private final MessageSource messages;

	HoursController(CalendarAdministration administration, Organization organization, MessageSource messages) {
		this.administration = administration;
		this.organization = organization;
		this.messages = messages;
	}

	@InitBinder("hoursForm")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	/** A row of the list: whose hours, and which. */
	record Row(@Nullable UUID agency, String name, WorkingHours hours) {
	}

	@GetMapping
	String list(Model model, Locale locale) {
		List<Row> rows = new ArrayList<>();
		for (AgencyHours stored : administration.hours()) {
			rows.add(new Row(stored.agency() == null ? null : stored.agency().value(), name(stored.agency(), locale),
					stored.hours()));
		}
		model.addAttribute("rows", rows);
		return VIEW_LIST;
	}

	/** The form for the default (no parameter), an agency by id, or an agency by its identifier code. */
	@GetMapping("/edit")
	String edit(@RequestParam(required = false) @Nullable UUID agency,
			@RequestParam(required = false) @Nullable String code, Model model, RedirectAttributes redirect,
			Locale locale) {
		AgencyId id = agency == null ? null : new AgencyId(agency);
		if (id == null && code != null && !code.isBlank()) {
			id = byCode(code.strip());
			if (id == null) {
				redirect.addFlashAttribute("flashError",
						messages.getMessage("calendar.hours.unknownCode", new Object[] { code.strip() }, locale));
				return "redirect:/office/admin/calendar/hours";
			}
		}
		if (id != null && organization.findAgency(id).isEmpty()) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return form(model, HoursForm.of(administration.hours(id)), locale);
	}

	@PostMapping
	String save(@ModelAttribute("hoursForm") HoursForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		WorkingHours hours = binding.hasErrors() ? null : form.toHours(binding);
		if (hours == null) {
			return form(model, form, locale);
		}
		AgencyId agency = form.agency() == null ? null : new AgencyId(form.agency());
		try {
			administration.saveHours(agency, form.expectedVersion(), hours);
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("calendar.hours.saved", new Object[] { name(agency, locale) }, locale));
			return "redirect:/office/admin/calendar/hours";
		}
		catch (CalendarException ex) {
			binding.reject(ex.messageKey(), ex.getArguments(), ex.getMessage());
			return form(model, form, locale);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
			return "redirect:/office/admin/calendar/hours";
		}
	}

	@PostMapping("/{agency}/delete")
	String remove(@PathVariable UUID agency, RedirectAttributes redirect, Locale locale) {
		administration.removeHours(new AgencyId(agency));
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("calendar.hours.removed", new Object[] { name(new AgencyId(agency), locale) }, locale));
		return "redirect:/office/admin/calendar/hours";
	}

	private String form(Model model, HoursForm form, Locale locale) {
		if (!model.containsAttribute("hoursForm")) {
			model.addAttribute("hoursForm", form);
		}
		model.addAttribute("name", name(form.agency() == null ? null : new AgencyId(form.agency()), locale));
		return VIEW_FORM;
	}

	private @Nullable AgencyId byCode(String code) {
		try {
			return organization.findAgencyByCode(AgencyCode.of(code)).map(AgencySummary::id).orElse(null);
		}
		catch (OrganizationException | IllegalArgumentException ex) {
			return null;
		}
	}

	private String name(@Nullable AgencyId agency, Locale locale) {
		if (agency == null) {
			return messages.getMessage("calendar.hours.default", null, locale);
		}
		return organization.findAgency(agency).map(AgencySummary::name).orElse(agency.toString());
	}
}
