package org.openprovince.catalog.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.AgencySetupDetails;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.InternalProcess;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.ProcedureVersionId;
import org.openprovince.catalog.StepUnit;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.Organization;
import org.openprovince.organization.StaffSummary;
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
 * Per-agency configuration of a procedure version (administrators): competent and receiving agencies,
 * and the step editor of the internal process, whose budgets must add up to the time limit.
 */
@Controller
@RequestMapping("/office/catalog/versions/{versionId}/agencies")
@PreAuthorize(Forms.ADMIN)
class AgencySetupController {

	static final String VIEW_FORM = "catalog/agency-form";

	static final String VIEW_EDITOR = "catalog/process-editor";

	static final String VIEW_EDITOR_FRAGMENT = Forms.FRAGMENTS + "processEditor";

	private final Catalog catalog;

	private final Organization organization;

	private final MessageSource messages;

	AgencySetupController(Catalog catalog, Organization organization, MessageSource messages) {
		this.catalog = catalog;
		this.organization = organization;
		this.messages = messages;
	}

	@InitBinder({ "form", "processForm" })
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping("/new")
	String newForm(@PathVariable UUID versionId, Model model) {
		return form(model, version(versionId), AgencyForm.empty(), null);
	}

	@GetMapping("/{agencyId}/edit")
	String editForm(@PathVariable UUID versionId, @PathVariable UUID agencyId, Model model) {
		ProcedureVersion version = version(versionId);
		AgencySetup setup = setup(version, agencyId);
		return form(model, version,
				AgencyForm.of(setup, officer -> organization.findStaff(officer).map(StaffSummary::email)), setup);
	}

	@PostMapping
	String configure(@PathVariable UUID versionId, @Valid @ModelAttribute("form") AgencyForm form,
			BindingResult binding, Model model, RedirectAttributes redirect, Locale locale) {
		ProcedureVersion version = version(versionId);
		AgencySetupDetails details = binding.hasErrors() ? null : form.toDetails(binding);
		if (details == null) {
			return form(model, version, form, null);
		}
		try {
			AgencySetup setup = catalog.configureAgency(version.id(), details);
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("catalog.agency.configured",
					new Object[] { setup.competent().name() }, locale));
			return detailRedirect(version) + "#agencies";
		}
		catch (CatalogException ex) {
			WebForms.reject(binding, ex, Map.of("catalog.error.agency", "competentCode",
					"catalog.error.receivers", "receivers", "catalog.error.officer", "receivers"));
			return form(model, version, form, null);
		}
	}

	@PostMapping("/{agencyId}/delete")
	String remove(@PathVariable UUID versionId, @PathVariable UUID agencyId, @RequestParam long version,
			RedirectAttributes redirect, Locale locale) {
		ProcedureVersion procedureVersion = version(versionId);
		AgencySetup setup = setup(procedureVersion, agencyId);
		try {
			catalog.removeAgency(procedureVersion.id(), setup.competent().id(), version);
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("catalog.agency.removed", new Object[] { setup.competent().name() }, locale));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
		}
		catch (CatalogException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
		}
		return detailRedirect(procedureVersion) + "#agencies";
	}

	@GetMapping("/{agencyId}/process")
	String editor(@PathVariable UUID versionId, @PathVariable UUID agencyId, Model model) {
		ProcedureVersion version = version(versionId);
		AgencySetup setup = setup(version, agencyId);
		return editorView(model, version, setup, ProcessForm.of(setup.process(), setup.version()));
	}

	/**
	 * Every button of the editor posts here: editing buttons answer with the edited table (a fragment
	 * for htmx), "save" stores the process when its budgets add up to the time limit.
	 */
	@PostMapping("/{agencyId}/process")
	String editProcess(@PathVariable UUID versionId, @PathVariable UUID agencyId,
			@ModelAttribute("processForm") ProcessForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		ProcedureVersion version = version(versionId);
		AgencySetup setup = setup(version, agencyId);
		boolean fragment = WebForms.wantsFragment(request, response);
		if (!form.isSave() || binding.hasErrors()) {
			// The edited rows replace the posted ones, and so does their (empty) binding result.
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "processForm");
			model.addAttribute("processForm", form.edited());
			return fragment ? editorFragment(model, version, setup) : editorView(model, version, setup, null);
		}
		InternalProcess process = form.toProcess(binding);
		if (process != null) {
			try {
				catalog.changeProcess(version.id(), setup.competent().id(), form.version() == null ? -1 : form.version(),
						process);
				redirect.addFlashAttribute("flashSuccess", messages.getMessage("catalog.process.saved",
						new Object[] { setup.competent().name() }, locale));
				String target = detailRedirect(version).substring("redirect:".length()) + "#agencies";
				if (fragment) {
					response.setHeader("HX-Redirect", request.getContextPath() + target);
					return editorFragment(model, version, setup);
				}
				return "redirect:" + target;
			}
			catch (CatalogException ex) {
				binding.reject(ex.messageKey(), ex.getArguments(), ex.getMessage());
			}
			catch (OptimisticLockingFailureException ex) {
				binding.reject("error.concurrent");
			}
		}
		return fragment ? editorFragment(model, version, setup) : editorView(model, version, setup, null);
	}

	private String editorView(Model model, ProcedureVersion version, AgencySetup setup, @Nullable ProcessForm form) {
		editorModel(model, version, setup, form);
		return VIEW_EDITOR;
	}

	private String editorFragment(Model model, ProcedureVersion version, AgencySetup setup) {
		editorModel(model, version, setup, null);
		return VIEW_EDITOR_FRAGMENT;
	}

	private void editorModel(Model model, ProcedureVersion version, AgencySetup setup, @Nullable ProcessForm form) {
		if (form != null && !model.containsAttribute("processForm")) {
			model.addAttribute("processForm", form);
		}
		ProcessForm shown = (ProcessForm) model.getAttribute("processForm");
		model.addAttribute("version", version);
		model.addAttribute("setup", setup);
		model.addAttribute("limitHours", version.timeLimit().workingHours());
		model.addAttribute("total", shown == null ? setup.process().totalBudget() : shown.total());
		model.addAttribute("units", StepUnit.values());
		model.addAttribute("statuses", Arrays.stream(DvcqgStatus.values()).filter(DvcqgStatus::settableByStep).toList());
	}

	private String form(Model model, ProcedureVersion version, AgencyForm form, @Nullable AgencySetup setup) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", form);
		}
		model.addAttribute("version", version);
		model.addAttribute("setup", setup);
		model.addAttribute("agencies", catalog.configuredAgencies());
		return VIEW_FORM;
	}

	private ProcedureVersion version(UUID id) {
		return catalog.findVersion(new ProcedureVersionId(id)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static AgencySetup setup(ProcedureVersion version, UUID agencyId) {
		return version.setupFor(new AgencyId(agencyId)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private static String detailRedirect(ProcedureVersion version) {
		return "redirect:" + ProcedureController.PATH + "/" + version.procedureId() + "?version=" + version.number();
	}
}
