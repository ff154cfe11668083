package org.openprovince.organization.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
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

/** The agency directory (danh bạ cơ quan): search, detail with departments and staff, create, edit. */
@Controller
@RequestMapping("/office/organization/agencies")
class AgencyController {

	static final String VIEW_LIST = "organization/agencies";

	static final String VIEW_RESULTS = Forms.FRAGMENTS + "agencyResults";

	static final String VIEW_DETAIL = "organization/agency";

	static final String VIEW_FORM = "organization/agency-form";

	private static final Map<String, String> FIELDS = new LinkedHashMap<>();
	static {
		FIELDS.put("organization.error.agencyCode", "code");
		FIELDS.put("organization.error.agency.duplicateCode", "code");
		FIELDS.put("organization.error.agency.name", "name");
		FIELDS.put("organization.error.agency.unitLevel", "unitId");
		FIELDS.put("organization.error.agency.parent", "parentId");
		FIELDS.put("organization.error.validity", "validTo");
	}

	private final Organization organization;

	private final Directory directory;

	private final MessageSource messages;

	AgencyController(Organization organization, Directory directory, MessageSource messages) {
		this.organization = organization;
		this.directory = directory;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String kind, @RequestParam(required = false) @Nullable String unit, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before, Model model, HttpServletRequest request, HttpServletResponse response) {
		var search = AgencySearch.of(q, kind, unit, after, before);
		model.addAttribute("search", search);
		model.addAttribute("page", directory.agencies(search));
		if (WebForms.wantsFragment(request, response)) {
			return VIEW_RESULTS;
		}
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("units", directory.currentUnits());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		var agency = directory.agency(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("agency", agency);
		model.addAttribute("departments", directory.departments(id));
		model.addAttribute("posts", directory.currentPosts(id));
		if (!model.containsAttribute("departmentForm")) {
			model.addAttribute("departmentForm", DepartmentForm.empty());
		}
		return VIEW_DETAIL;
	}

	@GetMapping("/new")
	@PreAuthorize(Forms.ADMIN)
	String newForm(Model model) {
		return form(model, AgencyForm.empty(directory.today()), null);
	}

	@PostMapping
	@PreAuthorize(Forms.ADMIN)
	String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return form(model, form, null);
		}
		try {
			AgencyId id = organization.createAgency(form.toDetails());
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("organization.agency.created", new Object[] { form.name() }, locale));
			return "redirect:/office/organization/agencies/" + id;
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, FIELDS);
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Forms.ADMIN)
	String editForm(@PathVariable UUID id, Model model) {
		var agency = directory.agency(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return form(model, AgencyForm.of(agency), id);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Forms.ADMIN)
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") AgencyForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return form(model, form, id);
		}
		try {
			organization.editAgency(new AgencyId(id), form.expectedVersion(), form.toDetails());
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("organization.agency.saved", new Object[] { form.name() }, locale));
			return "redirect:/office/organization/agencies/" + id;
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, FIELDS);
			return form(model, form, id);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
			return "redirect:/office/organization/agencies/" + id + "/edit";
		}
	}

	@PostMapping("/{id}/departments")
	@PreAuthorize(Forms.ADMIN)
	String addDepartment(@PathVariable UUID id, @Valid @ModelAttribute("departmentForm") DepartmentForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
		if (!binding.hasErrors()) {
			try {
				organization.addDepartment(new AgencyId(id), form.code(), form.name());
				redirect.addFlashAttribute("flashSuccess",
						messages.getMessage("organization.department.added", new Object[] { form.name() }, locale));
				return "redirect:/office/organization/agencies/" + id;
			}
			catch (OrganizationException ex) {
				WebForms.reject(binding, ex, Map.of("organization.error.department.code", "code",
						"organization.error.department.duplicate", "code", "organization.error.department.name", "name"));
			}
			catch (OptimisticLockingFailureException ex) {
				redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
				return "redirect:/office/organization/agencies/" + id;
			}
		}
		return detail(id, model);
	}

	private String form(Model model, AgencyForm form, @Nullable UUID id) {
		if (!model.containsAttribute("form")) { // re-adding it would drop its binding result
			model.addAttribute("form", form);
		}
		model.addAttribute("agencyId", id);
		model.addAttribute("kinds", AgencyKind.values());
		model.addAttribute("units", directory.allUnits());
		model.addAttribute("agencies", directory.currentAgencies().stream().filter(o -> !o.id().equals(id)).toList());
		return VIEW_FORM;
	}
}
