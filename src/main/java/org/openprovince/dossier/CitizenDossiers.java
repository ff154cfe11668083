package org.openprovince.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FeeKind;
import org.openprovince.dossier.CitizenDossierView.CitizenAction;
import org.openprovince.dossier.CitizenDossierView.Document;
import org.openprovince.dossier.CitizenDossierView.DocumentKind;
import org.openprovince.dossier.internal.Actor;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierDocuments;
import org.openprovince.dossier.internal.DossierDocuments.FileContent;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.DossierWorkflow.ComponentIntake;
import org.openprovince.dossier.internal.DossierWorkflow.OnlineSubmission;
import org.openprovince.dossier.internal.HistoryEntry;
import org.openprovince.dossier.internal.Upload;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.CurrentUser;
import org.openprovince.payment.PaymentId;
import org.openprovince.payment.PaymentLine;
import org.openprovince.payment.PaymentLineKind;
import org.openprovince.payment.PaymentOrder;
import org.openprovince.payment.PaymentPurpose;
import org.openprovince.payment.Payments;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of the one-stop shop, for the citizen portal: submit online (T1), follow one's
 * own dossiers, send a supplement (T5/T9), withdraw (T12), rate (T18) and download the issued forms
 * and the electronic result. Every method takes the logged-in citizen and only ever touches dossiers
 * submitted from that account; another account's dossier is "not found".
 */
@Service
public class CitizenDossiers {

	private static final int LIST_LIMIT = 200;

	private static final java.util.Locale VIETNAMESE = java.util.Locale.forLanguageTag("vi");

	private final DossierWorkflow workflow;

	private final DossierDocuments documents;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Payments payments;

	private final Catalog catalog;

	private final MessageSource messages;

	CitizenDossiers(DossierWorkflow workflow, DossierDocuments documents, JdbcClient jdbc, Clock clock,
			Payments payments, Catalog catalog, MessageSource messages) {
		this.messages = messages;
		this.payments = payments;
		this.catalog = catalog;
		this.workflow = workflow;
		this.documents = documents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The identity of a dossier just submitted. */
	public record Submitted(DossierId id, DossierCode code) {
	}

	/** A file to download, with the name and type to serve it under. */
	public record Download(String fileName, String contentType, byte[] content) {
	}

	/**
	 * T1: submits online; the dossier gets its code at once and waits for the one-stop desk (status 1).
	 *
	 * @throws DossierException when a part is missing or malformed, or the procedure is not open online
	 */
	@Transactional
	public Submitted submit(CurrentUser citizen, OnlineApplication application) {
		Actor actor = applicant(citizen);
		OnlineApplication.Person p = application.applicant();
		Applicant applicant = new Applicant(p.fullName(), p.idNumber(), p.phone(), p.email(), p.address());
		OnlineApplication.Owner o = application.owner();
		Applicant owner = o == null ? null : new Applicant(o.name(), o.idNumber(), null, null, o.address());
		List<ComponentIntake> components = application.components()
			.stream()
			.map(c -> new ComponentIntake(c.name(), 0, 1, upload(c.file())))
			.toList();
		Dossier d = workflow.submitOnline(actor,
				new OnlineSubmission(application.procedure(), application.competentAgency(), applicant, owner,
						o == null ? OwnerKind.PERSON : o.kind(), application.summary(), application.form(), components));
		return new Submitted(d.id(), java.util.Objects.requireNonNull(d.code()));
	}

	/** The citizen's dossiers, newest first (at most 200). */
	@Transactional(readOnly = true)
	public List<CitizenDossier> list(CurrentUser citizen) {
		return jdbc.sql("""
				select id, code, procedure_name, status, coalesce(submitted_at, received_at, created_at), due_at, state
				  from dossier where citizen_account_id = ? and code is not null
				 order by created_at desc, id desc limit ?""")
			.params(citizen.accountId().value(), LIST_LIMIT)
			.query((rs, n) -> {
				DossierState state = DossierState.valueOf(rs.getString(7));
				return new CitizenDossier(new DossierId(rs.getObject(1, UUID.class)), new DossierCode(rs.getString(2)),
						rs.getString(3), DvcqgStatus.ofCode(rs.getInt(4)), rs.getTimestamp(5).toInstant(),
						rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant(),
						state == DossierState.RECEPTION_SUPPLEMENT || state == DossierState.SUPPLEMENT_REQUESTED
								|| state == DossierState.PAYMENT_REQUESTED);
			})
			.list();
	}

	/** The citizen's dossier, or empty when there is none of theirs with this id. */
	@Transactional(readOnly = true)
	public Optional<CitizenDossierView> view(CurrentUser citizen, DossierId id) {
		return own(citizen, id).map(d -> view(citizen, d));
	}

	private CitizenDossierView view(CurrentUser citizen, Dossier d) {
		Instant now = clock.instant();
		Set<DossierAction> available = d.available(Actor.applicant(citizen), now);
		Set<CitizenAction> actions = EnumSet.noneOf(CitizenAction.class);
		if (available.contains(DossierAction.RECEPTION_SUPPLEMENT_PROVIDED)
				|| available.contains(DossierAction.COMPLETE_SUPPLEMENT)) {
			actions.add(CitizenAction.SUPPLEMENT);
		}
		if (available.contains(DossierAction.WITHDRAW)) {
			actions.add(CitizenAction.WITHDRAW);
		}
		if (available.contains(DossierAction.RATE)) {
			actions.add(CitizenAction.RATE);
		}
		Dossier.Due due = d.amountDue();
		if (due != null) {
			actions.add(CitizenAction.PAY);
		}
		List<DossierTracking.Event> timeline = workflow.history(d.id())
			.stream()
			.filter(h -> h.action() != DossierAction.REASSIGN)
			.map(h -> new DossierTracking.Event(h.at(), h.to(), h.action(), h.agencyName()))
			.toList();
		return new CitizenDossierView(d.id(), d.version(), java.util.Objects.requireNonNull(d.code()), d.procedureId(),
				d.procedureName(), d.status(), d.state(), d.receivingAgencyName(), d.competentAgencyName(),
				d.applicant().fullName(), d.owner() == null ? null : d.owner().fullName(),
				d.submittedAt() != null ? d.submittedAt() : d.createdAt(), d.receivedAt(), d.dueAt(), d.finishedAt(),
				d.returnedAt(), d.pendingItems(), d.pendingReason(),
				due == null ? null : new CitizenDossierView.Due(due.obligation(), due.amount(), due.description()),
				d.feeTotal(), d.feePaidAt(), d.feeReceipt(), d.rating(), d.formData(), documents(d), timeline, actions);
	}

	private List<Document> documents(Dossier d) {
		List<Document> list = new java.util.ArrayList<>();
		documents.forms(d.id())
			.forEach(f -> list.add(new Document(f.id(), DocumentKind.FORM, f.type().fileName(),
					f.type().messageKey(), f.issuedAt())));
		boolean resultOut = d.state() == DossierState.DONE || d.state() == DossierState.RETURNED;
		documents.files(d.id()).forEach(f -> {
			DocumentKind kind = switch (f.kind()) {
				case "COMPONENT" -> DocumentKind.COMPONENT;
				case "SUPPLEMENT" -> DocumentKind.SUPPLEMENT;
				case "RESULT" -> resultOut ? DocumentKind.RESULT : null;
				default -> null;
			};
			if (kind != null) {
				list.add(new Document(f.id(), kind, f.fileName(), null, f.uploadedAt()));
			}
		});
		return List.copyOf(list);
	}

	/** An issued form, the electronic result or one of the citizen's own files of their dossier. */
	@Transactional(readOnly = true)
	public Optional<Download> download(CurrentUser citizen, DossierId id, UUID documentId) {
		return own(citizen, id).flatMap(d -> documents(d).stream().filter(doc -> doc.id().equals(documentId)).findFirst())
			.flatMap(doc -> doc.kind() == DocumentKind.FORM ? documents.form(id, documentId)
					: documents.file(id, documentId))
			.map(f -> new Download(f.fileName(), f.contentType(), f.content()));
	}

	/**
	 * Sends what the desk asked for: before reception the submission goes back to the desk (status 1);
	 * during processing the supplement is complete and the clock runs again (T9).
	 *
	 * @throws DossierException when nothing is asked of the applicant, nothing is attached, or the page is stale
	 */
	@Transactional
	public void supplement(CurrentUser citizen, DossierId id, long version, @Nullable String note,
			List<Attachment> files) {
		Dossier d = own(citizen, id).orElseThrow(() -> new DossierException("dossier.error.notFound"));
		if (files.isEmpty()) {
			throw new DossierException("dossier.error.supplement.files");
		}
		List<Upload> uploads = files.stream().map(CitizenDossiers::upload).toList();
		if (d.state() == DossierState.RECEPTION_SUPPLEMENT) {
			workflow.receptionSupplementProvided(id, version, applicant(citizen), note, uploads);
		}
		else {
			workflow.completeSupplement(id, version, applicant(citizen), note, uploads);
		}
	}

	/**
	 * Opens (or finds the open) payment request for what the applicant owes now: the fee or charge
	 * due at online submission, or the financial obligation set during processing (spec §8.2, T10).
	 * The payment module confirms it through {@code PaymentSucceeded}.
	 *
	 * @throws DossierException when nothing is due
	 */
	@Transactional
	public PaymentId pay(CurrentUser citizen, DossierId id) {
		Dossier d = own(citizen, id).orElseThrow(() -> new DossierException("dossier.error.notFound"));
		Dossier.Due due = d.amountDue();
		if (due == null) {
			throw new DossierException("dossier.error.payment.nothingDue");
		}
		String code = java.util.Objects.requireNonNull(d.code()).value();
		List<PaymentLine> lines = due.obligation()
				? List.of(new PaymentLine(PaymentLineKind.CHARGE, record("dossier.payment.obligation",
						due.description() == null ? d.procedureName() : due.description()), due.amount()))
				: feeLines(d);
		return payments.open(new PaymentOrder("DOSSIER", id.value(), code,
				due.obligation() ? PaymentPurpose.FINANCIAL_OBLIGATION : PaymentPurpose.SUBMISSION_FEE,
				citizen.accountId().value(), d.applicant().fullName(), lines,
				record("dossier.payment.description", code, d.procedureName()), "/account/dossiers/" + id.value()));
	}

	/** The base fees and charges of the dossier's procedure version for the online channel. */
	private List<PaymentLine> feeLines(Dossier d) {
		var version = catalog.findVersion(d.versionId()).orElseThrow();
		List<PaymentLine> lines = new java.util.ArrayList<>();
		for (Fee fee : version.content().baseFees(Channel.ONLINE)) {
			lines.add(new PaymentLine(fee.kind() == FeeKind.FEE ? PaymentLineKind.FEE : PaymentLineKind.CHARGE,
					clip(fee.description()), java.util.Objects.requireNonNull(fee.amount())));
		}
		return lines;
	}

	/** T12: withdraws the dossier at the applicant's request, with their reason. */
	@Transactional
	public void withdraw(CurrentUser citizen, DossierId id, long version, @Nullable String reason) {
		own(citizen, id).orElseThrow(() -> new DossierException("dossier.error.notFound"));
		workflow.withdraw(id, version, applicant(citizen), reason);
	}

	/** T18: rates the service once the result is out; once only. */
	@Transactional
	public void rate(CurrentUser citizen, DossierId id, long version, @Nullable Rating rating) {
		own(citizen, id).orElseThrow(() -> new DossierException("dossier.error.notFound"));
		workflow.rate(id, version, applicant(citizen), rating);
	}

	private Optional<Dossier> own(CurrentUser citizen, DossierId id) {
		return workflow.find(id)
			.filter(d -> citizen.accountId().value().equals(d.citizenAccountId()) && d.code() != null);
	}

	private static Actor applicant(CurrentUser citizen) {
		if (citizen.kind() != AccountKind.CITIZEN) {
			throw new DossierException("dossier.error.notOwner");
		}
		return Actor.applicant(citizen);
	}

	/**
	 * A text kept in a payment record, in Vietnamese (the language of the records), at most 500
	 * characters.
	 */
	private String record(String key, Object... args) {
		return clip(messages.getMessage(key, args, VIETNAMESE));
	}

	/** At most the 500 characters a payment line or description holds. */
	private static String clip(String text) {
		return text.length() <= 500 ? text : text.substring(0, 499) + "…";
	}

	private static Upload upload(Attachment file) {
		return new Upload(file.fileName(), file.contentType(), file.content());
	}
}
