package org.openprovince.catalog.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureSummary;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.TimeLimitUnit;
import org.openprovince.catalog.transfer.NationalJsonWriter;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The procedure catalog in the back office: search, detail of a version with its agencies and internal
 * processes, creating a procedure and publishing a change as a new version from a date.
 */
@Controller
@RequestMapping("/office/catalog/procedures")
class ProcedureController {

	static final String PATH = "/office/catalog/procedures";

	static final String VIEW_LIST = "catalog/procedures";

	static final String VIEW_RESULTS = Forms.FRAGMENTS + "results";

	static final String VIEW_DETAIL = "catalog/procedure";

	static final String VIEW_FORM = "catalog/procedure-form";

	private final Catalog catalog;

	private final MessageSource messages;

	ProcedureController(Catalog catalog, MessageSource messages) {
		this.catalog = catalog;
		this.messages = messages;
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String field, @RequestParam(required = false) @Nullable String level,
			@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String online, @RequestParam(required = false) @Nullable String page,
			Model model, HttpServletRequest request, HttpServletResponse response) {
		var search = SearchForm.of(q, field, level, agency, online, page);
		LocalDate today = catalog.today();
		model.addAttribute("search", search);
		model.addAttribute("path", PATH);
		model.addAttribute("result", catalog.search(search.toQuery(today)));
		if (WebForms.wantsFragment(request, response)) {
			return VIEW_RESULTS;
		}
		model.addAttribute("fields", catalog.fields(today));
		model.addAttribute("levels", ImplementingLevel.values());
		model.addAttribute("agencies", catalog.configuredAgencies());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		return VIEW_LIST;
	}

	/** The version in force today (or the one asked for with {@code ?version=}), with the history. */
	@GetMapping("/{id}")
	String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer version, Model model) {
		ProcedureId procedureId = new ProcedureId(id);
		ProcedureSummary procedure = catalog.findProcedure(procedureId)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		LocalDate today = catalog.today();
		ProcedureVersion shown = shown(procedureId, version);
		model.addAttribute("procedure", procedure);
		model.addAttribute("version", shown);
		model.addAttribute("published", shown.content());
		model.addAttribute("versions", catalog.versions(procedureId));
		model.addAttribute("today", today);
		model.addAttribute("editable", shown.effectiveTo() == null || !shown.effectiveTo().isBefore(today));
		return VIEW_DETAIL;
	}

	/** One version in the national-database JSON shape. */
	@GetMapping("/{id}/export.json")
	ResponseEntity<byte[]> export(@PathVariable UUID id,
			@RequestParam(required = false) @Nullable Integer version) {
		ProcedureId procedureId = new ProcedureId(id);
		ProcedureVersion shown = shown(procedureId, version);
		return CatalogAdminController.download(
				new NationalJsonWriter().write(List.of(shown)), MediaType.APPLICATION_JSON,
				"tthc-" + shown.code() + "-v" + shown.number() + ".json");
	}

	@GetMapping("/new")
	@PreAuthorize(Forms.ADMIN)
	String newForm(Model model) {
		return form(model, ProcedureForm.empty(catalog.today()), null);
	}

	@PostMapping
	@PreAuthorize(Forms.ADMIN)
	String create(@Valid @ModelAttribute("form") ProcedureForm form, BindingResult binding, Model model,
			RedirectAttributes redirect, Locale locale) {
		ProcedureCode code = null;
		try {
			code = ProcedureCode.parse(form.code());
		}
		catch (CatalogException ex) {
			WebForms.reject(binding, ex, ProcedureForm.FIELDS);
		}
		ProcedureContent content = binding.hasErrors() ? null : form.toContent(binding);
		if (content == null || code == null) {
			return form(model, form, null);
		}
		try {
			ProcedureVersion created = catalog.createProcedure(code, content, form.effectiveFrom());
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("catalog.procedure.created", new Object[] { content.name() }, locale));
			return "redirect:" + PATH + "/" + created.procedureId();
		}
		catch (CatalogException ex) {
			WebForms.reject(binding, ex, ProcedureForm.FIELDS);
			return form(model, form, null);
		}
	}

	@GetMapping("/{id}/revise")
	@PreAuthorize(Forms.ADMIN)
	String reviseForm(@PathVariable UUID id, Model model) {
		ProcedureId procedureId = new ProcedureId(id);
		ProcedureSummary procedure = catalog.findProcedure(procedureId)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		ProcedureVersion latest = catalog.latestVersion(procedureId).orElseThrow();
		LocalDate from = latest.effectiveFrom().isBefore(catalog.today()) ? catalog.today().plusDays(1)
				: latest.effectiveFrom().plusDays(1);
		return form(model, ProcedureForm.of(latest, procedure.version(), from), procedure);
	}

	@PostMapping("/{id}/revise")
	@PreAuthorize(Forms.ADMIN)
	String revise(@PathVariable UUID id, @Valid @ModelAttribute("form") ProcedureForm form, BindingResult binding,
			Model model, RedirectAttributes redirect, Locale locale) {
		ProcedureId procedureId = new ProcedureId(id);
		ProcedureSummary procedure = catalog.findProcedure(procedureId)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		ProcedureContent content = binding.hasErrors() ? null : form.toContent(binding);
		if (content == null) {
			return form(model, form, procedure);
		}
		try {
			ProcedureVersion version = catalog.reviseProcedure(procedureId, form.expectedVersion(), content,
					form.effectiveFrom());
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("catalog.procedure.revised",
					new Object[] { version.number(), ViewFormat.date(version.effectiveFrom()) }, locale));
			return "redirect:" + PATH + "/" + id + "?version=" + version.number();
		}
		catch (CatalogException ex) {
			WebForms.reject(binding, ex, ProcedureForm.FIELDS);
			return form(model, form, procedure);
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage("error.concurrent", null, locale));
			return "redirect:" + PATH + "/" + id + "/revise";
		}
	}

	/** Version {@code number} when given, else the one in force today, else the latest (not yet in force). */
	private ProcedureVersion shown(ProcedureId procedureId, @Nullable Integer number) {
		return (number != null ? catalog.findVersion(procedureId, number)
				: catalog.versionInForce(procedureId, catalog.today()).or(() -> catalog.latestVersion(procedureId)))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String form(Model model, ProcedureForm form, @Nullable ProcedureSummary procedure) {
		if (!model.containsAttribute("form")) { // re-adding it would drop its binding result
			model.addAttribute("form", form);
		}
		model.addAttribute("procedure", procedure);
		model.addAttribute("levels", ImplementingLevel.values());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("units", TimeLimitUnit.values());
		model.addAttribute("onlineLevels", OnlineLevel.values());
		return VIEW_FORM;
	}
}
