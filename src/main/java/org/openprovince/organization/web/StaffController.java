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
import org.openprovince.organization.Organization;
import org.openprovince.organization.OrganizationException;
import org.openprovince.organization.StaffId;
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

/** Staff (cán bộ, công chức): search, detail with assignments, create, edit, assign. */
@Controller
@RequestMapping("/office/organization/staff")
class StaffController {

	static final String VIEW_LIST = "organization/staff-list";

	static final String VIEW_RESULTS = Forms.FRAGMENTS + "staffResults";

	static final String VIEW_DETAIL = "organization/staff";

	static final String VIEW_FORM = "organization/staff-form";

	static final String VIEW_ASSIGN = "organization/staff-assign";

	private static final Map<String, String> STAFF_FIELDS = Map.of("organization.error.staff.name", "fullName",
			"organization.error.staff.email", "email", "organization.error.staff.duplicateEmail", "email",
			"organization.error.staff.phone", "phone");

	private static final Map<String, String> ASSIGNMENT_FIELDS = new LinkedHashMap<>();
	static {
		ASSIGNMENT_FIELDS.put("organization.error.assignment.agency", "agencyId");
		ASSIGNMENT_FIELDS.put("organization.error.department", "departmentId");
		ASSIGNMENT_FIELDS.put("organization.error.position", "positionId");
		ASSIGNMENT_FIELDS.put("organization.error.validity", "to");
		ASSIGNMENT_FIELDS.put("organization.error.assignment.primary", "primary");
	}

	private final Organization organization;

	private final Directory directory;

	private final MessageSource messages;

	StaffController(Organization organization, Directory directory, MessageSource messages) {
		this.organization = organization;
		this.directory = directory;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String agency, @RequestParam(required = false) @Nullable String after, @RequestParam(required = false) @Nullable String before,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		var search = StaffSearch.of(q, agency, after, before);
		model.addAttribute("search", search);
		model.addAttribute("page", directory.staff(search));
		if (WebForms.wantsFragment(request, response)) {
			return VIEW_RESULTS;
		}
		model.addAttribute("agencies", directory.currentAgencies());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("staff", directory.staffMember(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("assignments", directory.assignments(id));
		return VIEW_DETAIL;
	}

	@GetMapping("/new")
	@PreAuthorize(Forms.ADMIN)
	String newForm(Model model) {
		model.addAttribute("form", StaffForm.empty());
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize(Forms.ADMIN)
	String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return form(model, null);
		}
		try {
			StaffId id = organization.createStaff(form.toDetails());
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("organization.staff.created", new Object[] { form.fullName() }, locale));
			return "redirect:/office/organization/staff/" + id;
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, STAFF_FIELDS);
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Forms.ADMIN)
	String editForm(@PathVariable UUID id, Model model) {
		var staff = directory.staffMember(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("form", StaffForm.of(staff));
		return form(model, id);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Forms.ADMIN)
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") StaffForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return form(model, id);
		}
		try {
			organization.editStaff(new StaffId(id), form.expectedVersion(), form.toDetails());
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("organization.staff.saved", new Object[] { form.fullName() }, locale));
			return "redirect:/office/organization/staff/" + id;
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, STAFF_FIELDS);
			return form(model, id);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
			return "redirect:/office/organization/staff/" + id + "/edit";
		}
	}

	@GetMapping("/{id}/assignments/new")
	@PreAuthorize(Forms.ADMIN)
	String assignForm(@PathVariable UUID id, Model model) {
		model.addAttribute("form", AssignmentForm.empty(directory.today()));
		return assignView(model, id);
	}

	@PostMapping("/{id}/assignments")
	@PreAuthorize(Forms.ADMIN)
	String assign(@PathVariable UUID id, @Valid @ModelAttribute("form") AssignmentForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return assignView(model, id);
		}
		try {
			organization.assignStaff(new StaffId(id), form.toDetails());
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("organization.staff.assigned", null, locale));
			return "redirect:/office/organization/staff/" + id;
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, ASSIGNMENT_FIELDS);
			return assignView(model, id);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
			return "redirect:/office/organization/staff/" + id;
		}
	}

	private String form(Model model, @Nullable UUID id) {
		model.addAttribute("staffId", id);
		return VIEW_FORM;
	}

	private String assignView(Model model, UUID id) {
		model.addAttribute("staff", directory.staffMember(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("agencies", directory.currentAgencies());
		model.addAttribute("departments", directory.departmentsByAgency());
		model.addAttribute("positions", directory.positionOptions());
		return VIEW_ASSIGN;
	}
}
