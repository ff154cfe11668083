package org.openprovince.dossier.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.AgencyRef;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.audit.AuditTrail;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureHit;
import org.openprovince.catalog.ProcedureQuery;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.Receiver;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.dossier.DossierException;
import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierSearch;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.DossierWorkflow.ComponentIntake;
import org.openprovince.dossier.internal.DossierWorkflow.CounterIntake;
import org.openprovince.dossier.internal.Upload;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Counter intake (tiếp nhận hồ sơ trực tiếp, spec §3.3 T2), for reception officers only: first the
 * procedure, among those received at the officer's desks; then the form. Receiving issues the code and
 * the receipt (form 01), and the officer lands on the dossier page with the link to print it. A refusal
 * shows the form again with what was typed (files excepted: browsers never refill a file input) and
 * writes nothing.
 */
@Controller
@RequestMapping(IntakeController.PATH)
class IntakeController {

	static final String PATH = Pages.PATH + "/new";

	static final String VIEW_CHOOSE = "dossier/intake-choose";

	static final String VIEW_CHOICES = Pages.FRAGMENTS + "procedureChoices";

	static final String VIEW_FORM = "dossier/intake";

	private final Catalog catalog;

	private final DossierWorkflow workflow;

	private final DossierSearch search;

	private final AccountService accounts;

	private final MessageSource messages;

	IntakeController(Catalog catalog, DossierWorkflow workflow, DossierSearch search, AccountService accounts,
			MessageSource messages, AuditTrail audit) {
		this.audit = audit;
		this.catalog = catalog;
		this.workflow = workflow;
		this.search = search;
		this.accounts = accounts;
		this.messages = messages;
	}

	private final AuditTrail audit;

	/** A procedure as the officer's desks may receive it: the version in force and the agencies to choose. */
	record Offered(ProcedureVersion version, List<AgencyRef> receiving, List<AgencyRef> competent) {
	}

	@InitBinder("form")
	void initBinder(WebDataBinder binder) {
		WebForms.configure(binder);
	}

	@GetMapping
	String intake(@RequestParam(required = false) @Nullable String procedure,
			@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable String lookup,
			CurrentUser user, Model model, HttpServletRequest request, HttpServletResponse response) {
		Pages.requireDesk(user);
		if (procedure == null || procedure.isBlank()) {
			return choose(q, user, model, request, response);
		}
		Offered offered = offered(procedure, user).orElse(null);
		if (offered == null) {
			model.addAttribute("unavailable", true);
			return choose(q, user, model, request, response);
		}
		IntakeForm.Prefill prefill = lookup == null || lookup.isBlank() ? null : prefill(lookup.strip());
		model.addAttribute("lookup", lookup == null ? null : lookup.strip());
		model.addAttribute("prefill", prefill);
		ProcedureVersion version = offered.version();
		model.addAttribute("form", IntakeForm.blank(version.code().value(), single(offered.receiving()),
				single(offered.competent()), version.documents(), version.fees(), prefill));
		return form(model, offered);
	}

	@PostMapping
	String receive(@ModelAttribute("form") IntakeForm form, BindingResult binding, CurrentUser user,
			HttpServletRequest request, Model model, RedirectAttributes redirect, Locale locale) {
		Pages.requireDesk(user);
		Offered offered = form.procedure() == null ? null : offered(form.procedure(), user).orElse(null);
		if (offered == null) {
			redirect.addFlashAttribute("flashError", messages.getMessage("dossier.intake.unavailable", null, locale));
			return "redirect:" + PATH;
		}
		Applicant applicant = null;
		try {
			applicant = new Applicant(form.fullName(), form.idNumber(), form.phone(), form.email(), form.address());
		}
		catch (DossierException ex) {
			WebForms.reject(binding, ex, IntakeForm.APPLICANT);
		}
		Applicant owner = null;
		if (form.behalf()) {
			try {
				owner = new Applicant(form.ownerName(), form.ownerIdNumber(), null, null, form.ownerAddress());
			}
			catch (DossierException ex) {
				WebForms.reject(binding, ex, IntakeForm.OWNER);
			}
		}
		List<ComponentIntake> components = components(form, offered.version().documents(), request, binding);
		if (form.receivingAgency() == null) {
			binding.rejectValue("receivingAgency", "dossier.intake.error.receiving");
		}
		if (form.competentAgency() == null) {
			binding.rejectValue("competentAgency", "dossier.intake.error.competent");
		}
		if (binding.hasErrors() || applicant == null) {
			return form(model, offered);
		}
		try {
			Dossier d = workflow.receiveAtCounter(Actor.of(user), new CounterIntake(offered.version().procedureId(),
					new AgencyId(form.receivingAgency()), new AgencyId(form.competentAgency()),
					form.channel() == null ? Channel.DIRECT : form.channel(), applicant, owner, form.summary(),
					form.sets() == null ? 1 : form.sets(), components, form.feeCollected(), form.feeNote()));
			redirect.addFlashAttribute("flashSuccess",
					messages.getMessage("dossier.intake.received", new Object[] { d.code() }, locale));
			redirect.addFlashAttribute("received", true);
			return "redirect:" + Pages.dossier(d.id());
		}
		catch (DossierException ex) {
			WebForms.reject(binding, ex, IntakeForm.INTAKE);
			return form(model, offered);
		}
	}

	/** The ticked components with their scans; a bad scan is shown on the components. */
	private static List<ComponentIntake> components(IntakeForm form, List<RequiredDocument> documents,
			HttpServletRequest request, BindingResult binding) {
		List<ComponentIntake> components = new ArrayList<>();
		List<IntakeForm.ComponentLine> lines = form.lines();
		for (int i = 0; i < lines.size() && i < documents.size(); i++) {
			IntakeForm.ComponentLine line = lines.get(i);
			if (line == null || !line.ticked()) {
				continue;
			}
			Upload scan = null;
			try {
				scan = Pages.upload(request, "scan-" + i);
			}
			catch (DossierException ex) {
				WebForms.reject(binding, ex, Map.of("dossier.error.file", "components"));
			}
			RequiredDocument document = documents.get(i);
			components.add(new ComponentIntake(document.name(),
					line.originals() == null ? document.originals() : line.originals(),
					line.copies() == null ? document.copies() : line.copies(), scan));
		}
		return components;
	}

	private String choose(@Nullable String q, CurrentUser user, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		String text = q == null || q.isBlank() ? null : q.strip();
		model.addAttribute("q", text);
		model.addAttribute("choices", choices(text, user));
		return WebForms.wantsFragment(request, response) ? VIEW_CHOICES : VIEW_CHOOSE;
	}

	/**
	 * Procedures matching the words that one of the officer's desks receives under the version in force
	 * (the first page of each desk's search: enough to pick from, narrow the words otherwise).
	 */
	private List<ProcedureHit> choices(@Nullable String text, CurrentUser user) {
		var today = catalog.today();
		Map<UUID, ProcedureHit> hits = new LinkedHashMap<>();
		for (UUID desk : user.agenciesFor(Role.RECEPTION_OFFICER)) {
			AgencyId agency = new AgencyId(desk);
			for (ProcedureHit hit : catalog.search(new ProcedureQuery(text, null, null, agency, null, today, 0)).hits()) {
				if (!hits.containsKey(hit.id().value()) && catalog.versionInForce(hit.id(), today)
					.map(v -> !v.setupsReceivedAt(agency).isEmpty())
					.orElse(false)) {
					hits.put(hit.id().value(), hit);
				}
			}
		}
		return List.copyOf(hits.values());
	}

	/** The procedure by its code if one of the officer's desks receives it under the version in force. */
	private Optional<Offered> offered(String code, CurrentUser user) {
		ProcedureCode procedureCode;
		try {
			procedureCode = ProcedureCode.parse(code);
		}
		catch (CatalogException ex) {
			return Optional.empty();
		}
		Set<UUID> desks = user.agenciesFor(Role.RECEPTION_OFFICER);
		return catalog.findProcedureByCode(procedureCode)
			.flatMap(p -> catalog.versionInForce(p.id(), catalog.today()))
			.map(version -> {
				List<AgencyRef> receiving = new ArrayList<>();
				Set<UUID> seen = new HashSet<>();
				for (AgencySetup setup : version.agencies()) {
					for (Receiver receiver : setup.receivers()) {
						UUID id = receiver.agency().id().value();
						if (desks.contains(id) && seen.add(id)) {
							receiving.add(receiver.agency());
						}
					}
				}
				List<AgencyRef> competent = version.agencies()
					.stream()
					.filter(s -> receiving.stream().anyMatch(r -> s.receivesAt(r.id())))
					.map(AgencySetup::competent)
					.toList();
				return new Offered(version, receiving, competent);
			})
			.filter(o -> !o.receiving().isEmpty());
	}

	/** The applicant's latest dossier, else their citizen account, to prefill the form. */
	private IntakeForm.@Nullable Prefill prefill(String idNumber) {
		// Looking up a person's data is itself recorded (who looked up which identity number, when).
		audit.record("dossier.applicant_lookup", "Applicant", idNumber, java.util.Map.of());
		var fromDossier = search.latestApplicant(idNumber);
		var account = accounts.findByUsername(idNumber).filter(a -> a.kind() == AccountKind.CITIZEN);
		if (fromDossier.isPresent()) {
			Applicant a = fromDossier.get();
			return new IntakeForm.Prefill(a.fullName(), idNumber,
					a.phone() != null ? a.phone() : account.map(x -> x.phone()).orElse(null),
					a.email() != null ? a.email() : account.map(x -> x.email()).orElse(null), a.address(),
					"dossier.intake.lookup.dossier");
		}
		return account.map(a -> new IntakeForm.Prefill(a.displayName(), idNumber, a.phone(), a.email(), null,
				"dossier.intake.lookup.account")).orElse(null);
	}

	private String form(Model model, Offered offered) {
		ProcedureVersion version = offered.version();
		model.addAttribute("version", version);
		model.addAttribute("documents", version.documents());
		model.addAttribute("fees", version.fees());
		model.addAttribute("expectedFees", IntakeForm.counterFees(version.fees()));
		model.addAttribute("receiving", offered.receiving());
		model.addAttribute("competent", offered.competent());
		model.addAttribute("channels", List.of(Channel.DIRECT, Channel.POSTAL));
		return VIEW_FORM;
	}

	private static @Nullable UUID single(List<AgencyRef> agencies) {
		return agencies.size() == 1 ? agencies.getFirst().id().value() : null;
	}
}
