package org.openprovince.organization.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.organization.AdministrativeLevel;
import org.openprovince.organization.AdministrativeUnitId;
import org.openprovince.organization.Organization;
import org.openprovince.organization.OrganizationException;
import org.openprovince.organization.UnitDetails;
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
 * Administrative units (đơn vị hành chính), current and historical: search, detail with
 * predecessors and successors, create, edit, and recording a merge.
 */
@Controller
@RequestMapping("/office/organization/units")
class UnitController {

	static final String VIEW_LIST = "organization/units";

	static final String VIEW_RESULTS = Forms.FRAGMENTS + "unitResults";

	static final String VIEW_DETAIL = "organization/unit";

	static final String VIEW_FORM = "organization/unit-form";

	static final String VIEW_MERGE = "organization/unit-merge";

	private static final Map<String, String> FIELDS = new LinkedHashMap<>();
	static {
		FIELDS.put("organization.error.unit.code", "code");
		FIELDS.put("organization.error.unit.duplicateCode", "code");
		FIELDS.put("organization.error.unit.name", "name");
		FIELDS.put("organization.error.unit.parent", "parentId");
		FIELDS.put("organization.error.unit.mergedValidity", "validTo");
		FIELDS.put("organization.error.validity", "validTo");
	}

	private final Organization organization;

	private final Directory directory;

	private final MessageSource messages;

	UnitController(Organization organization, Directory directory, MessageSource messages) {
		this.organization = organization;
		this.directory = directory;
		this.messages = messages;
	}

	@InitBinder
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String level, @RequestParam(required = false) @Nullable String status, @RequestParam(required = false) @Nullable String after,
			@RequestParam(required = false) @Nullable String before, Model model, HttpServletRequest request, HttpServletResponse response) {
		var search = UnitSearch.of(q, level, status, after, before);
		model.addAttribute("search", search);
		model.addAttribute("page", directory.units(search));
		if (WebForms.wantsFragment(request, response)) {
			return VIEW_RESULTS;
		}
		model.addAttribute("levels", AdministrativeLevel.values());
		model.addAttribute("statuses", UnitSearch.Status.values());
		return VIEW_LIST;
	}

	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, Model model) {
		model.addAttribute("unit", directory.unit(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("predecessors", directory.predecessors(id));
		model.addAttribute("successors", directory.successors(id));
		model.addAttribute("agencies", directory.agenciesOfUnit(id));
		return VIEW_DETAIL;
	}

	@GetMapping("/new")
	@PreAuthorize(Forms.ADMIN)
	String newForm(Model model) {
		model.addAttribute("form", UnitForm.empty(directory.today()));
		return form(model, null);
	}

	@PostMapping
	@PreAuthorize(Forms.ADMIN)
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		if (binding.hasErrors()) {
			return form(model, null);
		}
		try {
			AdministrativeUnitId id = organization.createUnit(new UnitDetails(form.code(), form.name(), form.level(),
					form.parentId() == null ? null : new AdministrativeUnitId(form.parentId()), form.validFrom(),
					form.validTo()));
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("organization.unit.created", new Object[] { form.name() }, locale));
			return "redirect:/office/organization/units/" + id;
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, FIELDS);
			return form(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Forms.ADMIN)
	String editForm(@PathVariable UUID id, Model model) {
		var unit = directory.unit(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("form", UnitEditForm.of(unit));
		return form(model, unit);
	}

	@PostMapping("/{id}")
	@PreAuthorize(Forms.ADMIN)
	String edit(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitEditForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		var unit = directory.unit(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if (binding.hasErrors()) {
			return form(model, unit);
		}
		try {
			organization.editUnit(new AdministrativeUnitId(id), form.expectedVersion(), form.name(),
					form.parentId() == null ? null : new AdministrativeUnitId(form.parentId()), form.validTo());
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("organization.unit.saved", new Object[] { form.name() }, locale));
			return "redirect:/office/organization/units/" + id;
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, FIELDS);
			return form(model, unit);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
			return "redirect:/office/organization/units/" + id + "/edit";
		}
	}

	@GetMapping("/merge")
	@PreAuthorize(Forms.ADMIN)
	String mergeForm(Model model) {
		model.addAttribute("form", MergeForm.empty());
		return VIEW_MERGE;
	}

	@PostMapping("/merge")
	@PreAuthorize(Forms.ADMIN)
	String merge(@Valid @ModelAttribute("form") MergeForm form, BindingResult binding, RedirectAttributes redirect,
			Locale locale) {
		if (binding.hasErrors()) {
			return VIEW_MERGE;
		}
		List<AdministrativeUnitId> merged = new ArrayList<>();
		for (String code : form.mergedCodeList()) {
			Optional<UUID> id = directory.unitIdByCode(code);
			if (id.isEmpty()) {
				binding.rejectValue("mergedCodes", "organization.error.unit.unknownCode", new Object[] { code }, null);
				return VIEW_MERGE;
			}
			merged.add(new AdministrativeUnitId(id.get()));
		}
		var successor = directory.unitIdByCode(form.successorCode().strip());
		if (successor.isEmpty()) {
			binding.rejectValue("successorCode", "organization.error.unit.unknownCode",
					new Object[] { form.successorCode() }, null);
			return VIEW_MERGE;
		}
		try {
			organization.recordMerge(merged, new AdministrativeUnitId(successor.get()), form.effectiveDate());
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("organization.unit.merged", null, locale));
			return "redirect:/office/organization/units/" + successor.get();
		}
		catch (OrganizationException ex) {
			WebForms.reject(binding, ex, Map.of("organization.error.merge.successor", "successorCode",
					"organization.error.merge.predecessor", "mergedCodes"));
			return VIEW_MERGE;
		}
		catch (OptimisticLockingFailureException ex) {
			binding.reject("error.concurrent");
			return VIEW_MERGE;
		}
	}

	private String form(Model model, Directory.@Nullable UnitView unit) {
		model.addAttribute("unit", unit);
		model.addAttribute("levels", AdministrativeLevel.values());
		model.addAttribute("units",
				directory.allUnits().stream().filter(o -> unit == null || !o.id().equals(unit.id())).toList());
		return VIEW_FORM;
	}
}
