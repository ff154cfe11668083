package org.openprovince.dossier.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.dossier.forms.FormType;
import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierDocuments;
import org.openprovince.dossier.internal.DossierRow;
import org.openprovince.dossier.internal.DossierSearch;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.IssuedForm;
import org.openprovince.dossier.internal.Step;
import org.openprovince.dossier.internal.StoredFile;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.VietnamTime;
import org.openprovince.platform.WebForms;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The dossier page (header, components, result, issued forms, process steps, timeline and one form per
 * action the officer may take now), and the files behind it: issued forms, attachments and the control
 * slip rendered on demand. The actions post to {@link DossierActionController}.
 */
@Controller
@RequestMapping(Pages.PATH)
class DossierController {

	static final String VIEW_DOSSIER = "dossier/dossier";

	private final DossierAccess access;

	private final DossierWorkflow workflow;

	private final DossierDocuments documents;

	private final DossierSearch search;

	private final Clock clock;

	DossierController(DossierAccess access, DossierWorkflow workflow, DossierDocuments documents, DossierSearch search,
			Clock clock) {
		this.access = access;
		this.workflow = workflow;
		this.documents = documents;
		this.search = search;
		this.clock = clock;
	}

	/**
	 * The actions that move a dossier along its normal path: offered first, the first of them open;
	 * the others (refusals, stops, withdrawals, reassignments) stay folded below.
	 */
	private static final Set<DossierAction> MAIN = EnumSet.of(DossierAction.ACCEPT, DossierAction.FORWARD,
			DossierAction.ISSUE_SUPPLEMENT_REQUEST, DossierAction.COMPLETE_SUPPLEMENT, DossierAction.RECORD_PAYMENT,
			DossierAction.RECEPTION_SUPPLEMENT_PROVIDED, DossierAction.RETURN_RESULT, DossierAction.RATE);

	/** An action offered on the page, with the path segment it posts to. */
	record Offer(DossierAction action, String slug) {
	}

	@GetMapping("/{id}")
	String show(@PathVariable String id, CurrentUser user, Model model) {
		Dossier d = access.visible(id, user);
		Instant now = clock.instant();
		List<StoredFile> files = documents.files(d.id());
		List<IssuedForm> forms = documents.forms(d.id());
		DossierRow row = row(d);
		var offers = d.available(Actor.of(user), now)
			.stream()
			.sorted(Comparator.comparing((DossierAction a) -> !MAIN.contains(a)))
			.map(a -> new Offer(a, Pages.slug(a)))
			.toList();
		Step next = d.stepIndex() + 1 < d.steps().size() ? d.steps().get(d.stepIndex() + 1) : null;
		boolean offersForward = offers.stream()
			.anyMatch(o -> o.action() == DossierAction.FORWARD || o.action() == DossierAction.PROPOSE_REFUSAL);
		boolean offersReassign = offers.stream().anyMatch(o -> o.action() == DossierAction.REASSIGN);

		model.addAttribute("d", d);
		model.addAttribute("overdue", row.overdue(now));
		model.addAttribute("dueSoon", row.dueSoon(now, search.dueSoonThreshold()));
		model.addAttribute("components", documents.components(d.id()));
		model.addAttribute("files", files);
		model.addAttribute("fileNames", files.stream().collect(Collectors.toMap(StoredFile::id, StoredFile::fileName)));
		model.addAttribute("forms", forms);
		model.addAttribute("receipt", forms.stream().filter(f -> f.type() == FormType.RECEIPT)
			.max(Comparator.comparing(IssuedForm::issuedAt)).orElse(null));
		model.addAttribute("history", workflow.history(d.id()));
		model.addAttribute("offers", offers);
		model.addAttribute("main", offers.isEmpty() || !MAIN.contains(offers.getFirst().action()) ? null
				: offers.getFirst().slug());
		model.addAttribute("nextStep", next);
		model.addAttribute("nextOfficers", offersForward && next != null ? workflow.officersFor(next) : List.of());
		model.addAttribute("stepOfficers", offersReassign ? workflow.officersFor(d.currentStep()) : List.of());
		model.addAttribute("issuesResult", d.state().inProgress() && d.currentStepIssuesResult());
		model.addAttribute("returnMethods", ReturnMethod.values());
		model.addAttribute("ratings", Rating.values());
		model.addAttribute("today", LocalDate.ofInstant(now, VietnamTime.ZONE));
		return VIEW_DOSSIER;
	}

	/** An issued form as it was issued (PDF, shown in the browser to print). */
	@GetMapping("/{id}/forms/{formId}")
	ResponseEntity<byte[]> form(@PathVariable String id, @PathVariable String formId, CurrentUser user) {
		Dossier d = access.visible(id, user);
		var form = documents.form(d.id(), uuid(formId)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return Pages.file(form.content(), form.contentType(), form.fileName(), true);
	}

	/** A scan or attachment, downloaded under its own name and type. */
	@GetMapping("/{id}/files/{fileId}")
	ResponseEntity<byte[]> file(@PathVariable String id, @PathVariable String fileId, CurrentUser user) {
		Dossier d = access.visible(id, user);
		var file = documents.file(d.id(), uuid(fileId)).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		return Pages.file(file.content(), file.contentType(), file.fileName(), false);
	}

	/** Form 06 as the dossier stands now. */
	@GetMapping("/{id}/control-slip")
	ResponseEntity<byte[]> controlSlip(@PathVariable String id, CurrentUser user) {
		Dossier d = access.visible(id, user);
		if (d.code() == null || d.receivedAt() == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return Pages.file(workflow.controlSlip(d), "application/pdf", "phieu-kiem-soat-" + d.code() + ".pdf", true);
	}

	private static UUID uuid(String value) {
		UUID uuid = WebForms.parseUuid(value);
		if (uuid == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return uuid;
	}

	/** The dossier as a queue row, to judge overdue and due soon by the same rule as the queues. */
	private static DossierRow row(Dossier d) {
		return new DossierRow(d.id().value(), d.code() == null ? null : d.code().value(), d.procedureCode(),
				d.procedureName(), d.applicant().fullName(), d.state(), d.receivingAgencyName(), d.competentAgencyName(),
				d.currentStep().name(), d.assigneeName(), d.createdAt(), d.receivedAt(), d.dueAt(), d.stepDueAt(),
				d.finishedAt());
	}
}
