package org.openprovince.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.calendar.DeadlinePolicy.AfterPause;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.ProcessStep;
import org.openprovince.catalog.Receiver;
import org.openprovince.catalog.StepUnit;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.DossierChanged;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierException;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierState;
import org.openprovince.dossier.FormEntry;
import org.openprovince.dossier.OwnerKind;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.dossier.forms.TrackingBookForm;
import org.openprovince.identity.AccountService;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one-stop shop's commands (spec §3.3): each loads the dossier, lets the aggregate check and apply
 * the transition, and in the same transaction writes the dossier (optimistically), its history, the
 * audit entry, the issued form and the events. A refused or stale command writes nothing.
 */
@Service
public class DossierWorkflow {

	private final DossierStore store;

	private final DossierDocuments documents;

	private final Deadlines deadlines;

	private final Catalog catalog;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	private final FormIssuer forms;

	private final Clock clock;

	DossierWorkflow(DossierStore store, DossierDocuments documents, Deadlines deadlines, Catalog catalog,
			AccountService accounts, AuditTrail audit, ApplicationEventPublisher publisher, FormIssuer forms,
			Clock clock) {
		this.store = store;
		this.documents = documents;
		this.deadlines = deadlines;
		this.catalog = catalog;
		this.accounts = accounts;
		this.audit = audit;
		this.publisher = publisher;
		this.forms = forms;
		this.clock = clock;
	}

	/**
	 * The same commands at another time, for loading history (demo data, migrations from an older
	 * system): the copy is not a Spring bean, so call it inside a transaction of your own.
	 */
	public DossierWorkflow withClock(Clock other) {
		return new DossierWorkflow(store, documents, deadlines, catalog, accounts, audit, publisher, forms, other);
	}

	/** A component ticked at the counter, with its scan if one was uploaded. */
	public record ComponentIntake(String name, int originals, int copies, @Nullable Upload scan) {
	}

	/**
	 * What the reception officer enters at the counter (spec §3.3 T2).
	 *
	 * @param owner the dossier's owner when the applicant submits on their behalf, else {@code null}
	 * @param feeCollected fees collected at reception in đồng, or {@code null}
	 */
	public record CounterIntake(ProcedureId procedure, AgencyId receivingAgency, AgencyId competentAgency,
			Channel channel, Applicant applicant, @Nullable Applicant owner, @Nullable String summary, int sets,
			List<ComponentIntake> components, @Nullable Long feeCollected, @Nullable String feeNote) {
	}

	/** What the applicant submits online (spec §3.3 T1). */
	public record OnlineSubmission(ProcedureId procedure, AgencyId competentAgency, Applicant applicant,
			@Nullable Applicant owner, OwnerKind ownerKind, @Nullable String summary, List<FormEntry> form,
			List<ComponentIntake> components) {

		/** A person's submission without an e-form (older procedures, demo history). */
		public OnlineSubmission(ProcedureId procedure, AgencyId competentAgency, Applicant applicant,
				@Nullable Applicant owner, @Nullable String summary, List<ComponentIntake> components) {
			this(procedure, competentAgency, applicant, owner, OwnerKind.PERSON, summary, List.of(), components);
		}
	}

	// --- creation -------------------------------------------------------------------------------

	/** T2: receives a dossier at the counter; issues its code and the receipt (form 01). */
	@Transactional
	public Dossier receiveAtCounter(Actor actor, CounterIntake intake) {
		Instant now = now();
		if (intake.channel() == Channel.ONLINE) {
			throw new DossierException("dossier.error.channel.counter");
		}
		if (intake.sets() < 1 || intake.sets() > 99) {
			throw new DossierException("dossier.error.sets");
		}
		if (intake.feeCollected() != null && intake.feeCollected() < 0) {
			throw new DossierException("dossier.error.payment.amount");
		}
		Dossier blank = blank(versionInForce(intake.procedure(), now), intake.receivingAgency(), intake.competentAgency(), intake.channel(),
				intake.applicant(), intake.owner(), null, intake.summary(), intake.sets(), intake.feeCollected(),
				Texts.optional(intake.feeNote(), 500), now, DossierState.RECEIVED);
		if (intake.components().isEmpty()) {
			throw new DossierException("dossier.error.components.none");
		}
		DossierCode code = store.nextCode(blank.receivingAgencyId, blank.receivingAgencyCode, day(now));
		Dossier d = Dossier.receiveAtCounter(blank, actor, now, code, deadlines);
		store.insert(d);
		components(d, actor, now, intake.components());
		finish(d, actor, DossierAction.RECEIVE, now);
		return d;
	}

	/** T1: an online submission by the logged-in applicant; it waits in the reception queue. */
	@Transactional
	public Dossier submitOnline(Actor applicant, OnlineSubmission submission) {
		Instant now = now();
		ProcedureVersion version = versionInForce(submission.procedure(), now);
		AgencySetup setup = setup(version, submission.competentAgency());
		Receiver receiver = setup.defaultReceiver();
		Dossier blank = blank(version, receiver.agency().id(), submission.competentAgency(),
				Channel.ONLINE, submission.applicant(), submission.owner(), applicant.accountId(), submission.summary(), 1,
				onlineFee(version), null, now, DossierState.SUBMITTED);
		if (submission.components().isEmpty()) {
			throw new DossierException("dossier.error.components.none");
		}
		blank.formData = List.copyOf(submission.form());
		blank.ownerKind = submission.owner() == null ? OwnerKind.PERSON : submission.ownerKind();
		Dossier d = Dossier.submitOnline(blank, applicant, now,
				store.nextCode(receiver.agency().id(), receiver.agency().code(), day(now)));
		if (receiver.officer() != null) {
			d.assigneeName = receiver.officerName();
		}
		store.insert(d);
		components(d, applicant, now, submission.components());
		finish(d, applicant, DossierAction.SUBMIT, now);
		return d;
	}

	private Dossier blank(ProcedureVersion version, AgencyId receiving, AgencyId competent, Channel channel,
			Applicant applicant, @Nullable Applicant owner, @Nullable UUID citizen, @Nullable String summary, int sets,
			@Nullable Long fee, @Nullable String feeNote, Instant now, DossierState state) {
		AgencySetup setup = setup(version, competent);
		Receiver receiver = setup.receiver(receiving)
			.orElseThrow(() -> new DossierException("dossier.error.receiver.notConfigured", version.name()));
		TimeLimit limit = channel == Channel.ONLINE && version.content().onlineTimeLimit() != null
				? version.content().onlineTimeLimit() : version.timeLimit();
		List<Step> steps = new ArrayList<>();
		List<ProcessStep> process = setup.process().steps();
		for (int i = 0; i < process.size(); i++) {
			ProcessStep p = process.get(i);
			boolean atDesk = p.unit() == StepUnit.RECEIVING_AGENCY;
			steps.add(new Step(i, p.name(), p.positionCode(), StepRoles.roleFor(p.positionCode()),
					atDesk ? receiving : competent, atDesk ? receiver.agency().name() : setup.competent().name(),
					p.departmentCode(), p.budget().toDuration(), p.status(), p.mayReturn()));
		}
		return new Dossier(DossierId.random(), null, version.procedureId(), version.id(), version.code().value(),
				version.name(), channel, receiving, receiver.agency().code(), receiver.agency().name(), competent,
				setup.competent().name(), applicant, owner, citizen, Texts.optional(summary, 2_000), sets,
				limit.amount(), limit.unit(), afterSupplement(version), fee, feeNote, steps, now, state, now);
	}

	/**
	 * The base fees and charges of the procedure version for the online channel, due at submission
	 * ({@link org.openprovince.catalog.ProcedureContent#baseFees}), or {@code null} when there are none.
	 */
	private static @Nullable Long onlineFee(ProcedureVersion version) {
		long total = version.content().baseFees(Channel.ONLINE).stream().mapToLong(f -> f.amount()).sum();
		return total > 0 ? total : null;
	}

	private static AfterPause afterSupplement(ProcedureVersion version) {
		return version.content().restartAfterSupplement() ? AfterPause.RESTART : AfterPause.RESUME;
	}

	private ProcedureVersion versionInForce(ProcedureId procedure, Instant now) {
		return catalog.versionInForce(procedure, now)
			.orElseThrow(() -> new DossierException("dossier.error.procedure.notInForce"));
	}

	private static AgencySetup setup(ProcedureVersion version, AgencyId competent) {
		return version.setupFor(competent)
			.orElseThrow(() -> new DossierException("dossier.error.competent.notConfigured", version.name()));
	}

	private void components(Dossier d, Actor actor, Instant now, List<ComponentIntake> intake) {
		List<ComponentRow> rows = new ArrayList<>();
		for (ComponentIntake c : intake) {
			String name = Texts.required(c.name(), "dossier.error.component.name", 2_000);
			if (c.originals() < 0 || c.copies() < 0 || c.originals() > 99 || c.copies() > 99) {
				throw new DossierException("dossier.error.component.count", name);
			}
			UUID file = c.scan() == null ? null : documents.storeFile(d.id, "COMPONENT", c.scan(), now, actor.name());
			rows.add(new ComponentRow(rows.size() + 1, name, c.originals(), c.copies(), file));
		}
		documents.storeComponents(d.id, rows);
	}

	// --- transitions ----------------------------------------------------------------------------

	@Transactional
	public Dossier accept(DossierId id, long version, Actor actor) {
		return change(id, version, actor, DossierAction.ACCEPT, (d, now) -> {
			d.accept(actor, now, deadlines);
		});
	}

	@Transactional
	public Dossier refuseReception(DossierId id, long version, Actor actor, @Nullable String reason) {
		return change(id, version, actor, DossierAction.REFUSE_RECEPTION, (d, now) -> d.refuseReception(actor, now, reason));
	}

	@Transactional
	public Dossier requestReceptionSupplement(DossierId id, long version, Actor actor, @Nullable List<String> items,
			@Nullable String reason) {
		return change(id, version, actor, DossierAction.REQUEST_RECEPTION_SUPPLEMENT,
				(d, now) -> d.requestReceptionSupplement(actor, now, items, reason));
	}

	@Transactional
	public Dossier receptionSupplementProvided(DossierId id, long version, Actor actor, @Nullable String note,
			List<Upload> files) {
		return change(id, version, actor, DossierAction.RECEPTION_SUPPLEMENT_PROVIDED,
				(d, now) -> d.receptionSupplementProvided(actor, now, note, store(d, "SUPPLEMENT", files, actor, now)));
	}

	@Transactional
	public Dossier forward(DossierId id, long version, Actor actor, @Nullable UUID nextAssignee, @Nullable String note,
			@Nullable ResultDocument result, @Nullable Upload resultFile, List<Upload> files) {
		return change(id, version, actor, DossierAction.FORWARD, (d, now) -> {
			Step next = d.stepIndex + 1 < d.steps.size() ? d.steps.get(d.stepIndex + 1) : null;
			ResultDocument withFile = result;
			if (result != null && resultFile != null && d.currentStepIssuesResult()) {
				UUID file = documents.storeFile(d.id, "RESULT", resultFile, now, actor.name());
				withFile = new ResultDocument(result.number(), result.signer(), result.date(), result.summary(), file);
			}
			d.forward(actor, now, assignee(nextAssignee, next), note, withFile, store(d, "ATTACHMENT", files, actor, now),
					deadlines);
		});
	}

	@Transactional
	public Dossier proposeRefusal(DossierId id, long version, Actor actor, @Nullable UUID nextAssignee,
			@Nullable String reason) {
		return change(id, version, actor, DossierAction.PROPOSE_REFUSAL, (d, now) -> {
			Step next = d.stepIndex + 1 < d.steps.size() ? d.steps.get(d.stepIndex + 1) : null;
			d.proposeRefusal(actor, now, assignee(nextAssignee, next), reason, deadlines);
		});
	}

	@Transactional
	public Dossier sendBack(DossierId id, long version, Actor actor, @Nullable String reason) {
		return change(id, version, actor, DossierAction.SEND_BACK, (d, now) -> d.sendBack(actor, now, reason, deadlines));
	}

	@Transactional
	public Dossier reassign(DossierId id, long version, Actor actor, UUID to, @Nullable String note) {
		return change(id, version, actor, DossierAction.REASSIGN, (d, now) -> {
			Assignee assignee = assignee(to, d.currentStep());
			d.reassign(actor, now, assignee == null ? new Assignee(to, "?", false) : assignee, note);
		});
	}

	@Transactional
	public Dossier proposeSupplement(DossierId id, long version, Actor actor, @Nullable List<String> items,
			@Nullable String reason) {
		return change(id, version, actor, DossierAction.PROPOSE_SUPPLEMENT,
				(d, now) -> d.proposeSupplement(actor, now, items, reason));
	}

	@Transactional
	public Dossier issueSupplementRequest(DossierId id, long version, Actor actor) {
		return change(id, version, actor, DossierAction.ISSUE_SUPPLEMENT_REQUEST,
				(d, now) -> d.issueSupplementRequest(actor, now));
	}

	@Transactional
	public Dossier completeSupplement(DossierId id, long version, Actor actor, @Nullable String note,
			List<Upload> files) {
		return change(id, version, actor, DossierAction.COMPLETE_SUPPLEMENT, (d, now) -> d.completeSupplement(actor,
				now, note, store(d, "SUPPLEMENT", files, actor, now), deadlines));
	}

	@Transactional
	public Dossier requestPayment(DossierId id, long version, Actor actor, long amount, @Nullable String description) {
		return change(id, version, actor, DossierAction.REQUEST_PAYMENT,
				(d, now) -> d.requestPayment(actor, now, amount, description));
	}

	@Transactional
	public Dossier recordPayment(DossierId id, long version, Actor actor, @Nullable String note, List<Upload> files) {
		return change(id, version, actor, DossierAction.RECORD_PAYMENT,
				(d, now) -> d.recordPayment(actor, now, note, store(d, "RECEIPT", files, actor, now), deadlines));
	}

	/**
	 * The payment gateway confirmed a payment for the dossier (spec §8.2): the fee due at submission, or
	 * the financial obligation requested during processing (T10, the clock runs again). A repeated
	 * confirmation changes nothing.
	 *
	 * @return whether the dossier changed
	 */
	@Transactional
	public boolean paymentConfirmed(DossierId id, boolean obligation, long amount, String receipt) {
		Instant now = now();
		Dossier d = store.find(id).orElseThrow(() -> new DossierException("dossier.error.notFound"));
		if (d.citizenAccountId == null) {
			throw new DossierException("dossier.error.notOwner");
		}
		Actor gateway = Actor.paymentGateway(d.citizenAccountId, d.applicant.fullName());
		long expected = d.version;
		if (obligation) {
			if (d.state != DossierState.PAYMENT_REQUESTED) {
				return false;
			}
			if (d.paymentAmount == null || d.paymentAmount != amount) {
				throw new DossierException("dossier.error.fee.amount", amount);
			}
			d.recordPayment(gateway, now, receipt, List.of(), deadlines);
			store.update(d, expected);
			finish(d, gateway, DossierAction.RECORD_PAYMENT, now);
			return true;
		}
		if (!d.feePaid(gateway, now, amount, receipt)) {
			return false;
		}
		store.update(d, expected);
		finish(d, gateway, DossierAction.FEE_PAID, now);
		return true;
	}

	@Transactional
	public Dossier apologise(DossierId id, long version, Actor actor, @Nullable Instant newDue, @Nullable String reason) {
		return change(id, version, actor, DossierAction.APOLOGISE, (d, now) -> {
			if (newDue == null) {
				throw new DossierException("dossier.error.apology.newDue");
			}
			d.apologise(actor, now, newDue, reason);
		});
	}

	@Transactional
	public Dossier stop(DossierId id, long version, Actor actor, @Nullable String reason) {
		return change(id, version, actor, DossierAction.STOP, (d, now) -> d.stop(actor, now, reason));
	}

	@Transactional
	public Dossier withdraw(DossierId id, long version, Actor actor, @Nullable String reason) {
		return change(id, version, actor, DossierAction.WITHDRAW, (d, now) -> d.withdraw(actor, now, reason));
	}

	@Transactional
	public Dossier returnResult(DossierId id, long version, Actor actor, @Nullable ReturnMethod method,
			@Nullable String receiver, @Nullable String note) {
		return change(id, version, actor, DossierAction.RETURN_RESULT, (d, now) -> {
			if (method == null) {
				throw new DossierException("dossier.error.return.method");
			}
			d.returnResult(actor, now, method, receiver, note);
		});
	}

	@Transactional
	public Dossier rate(DossierId id, long version, Actor actor, @Nullable Rating rating) {
		return change(id, version, actor, DossierAction.RATE, (d, now) -> {
			if (rating == null) {
				throw new DossierException("dossier.error.rating.required");
			}
			d.rate(actor, now, rating);
		});
	}

	// --- plumbing -------------------------------------------------------------------------------

	private interface Transition {
		void apply(Dossier dossier, Instant now);
	}

	private Dossier change(DossierId id, long expectedVersion, Actor actor, DossierAction action,
			Transition transition) {
		Instant now = now();
		Dossier d = store.find(id).orElseThrow(() -> new DossierException("dossier.error.notFound"));
		if (d.version != expectedVersion) {
			throw new DossierException("dossier.error.stale");
		}
		transition.apply(d, now);
		store.update(d, expectedVersion);
		finish(d, actor, action, now);
		return d;
	}

	private void finish(Dossier d, Actor actor, DossierAction action, Instant now) {
		forms.issueFor(action, d, actor, now);
		audit.record(actor.username(), "dossier." + action.name().toLowerCase(Locale.ROOT), "Dossier", d.id.toString(),
				d.auditDetails());
		d.events.forEach(publisher::publishEvent);
		d.events.clear();
		List<ComponentRow> components = documents.components(d.id);
		int digitised = (int) components.stream().filter(c -> c.fileId() != null).count();
		publisher.publishEvent(new DossierChanged(d.snapshot(components.size(), digitised)));
	}

	private List<UUID> store(Dossier d, String kind, List<Upload> files, Actor actor, Instant now) {
		return files.stream().map(f -> documents.storeFile(d.id, kind, f, now, actor.name())).toList();
	}

	private @Nullable Assignee assignee(@Nullable UUID account, @Nullable Step step) {
		if (account == null || step == null) {
			return null;
		}
		return accounts.officers(step.role(), step.agencyId().value())
			.stream()
			.filter(o -> o.id().equals(account))
			.findFirst()
			.map(o -> new Assignee(o.id(), o.displayName(), true))
			.orElse(new Assignee(account, "?", false));
	}

	// --- reading, for the pages -------------------------------------------------------------------

	/** The dossier as it stands, or empty when there is none with this id. */
	@Transactional(readOnly = true)
	public Optional<Dossier> find(DossierId id) {
		return store.find(id);
	}

	/** What happened to the dossier, in order (quá trình xử lý). */
	@Transactional(readOnly = true)
	public List<HistoryEntry> history(DossierId id) {
		return store.history(id);
	}

	/** Form 06 (phiếu kiểm soát) as the dossier stands now; only for a received dossier. */
	@Transactional(readOnly = true)
	public byte[] controlSlip(Dossier dossier) {
		if (dossier.code() == null || dossier.receivedAt() == null) {
			throw new DossierException("dossier.error.notReceived");
		}
		return forms.controlSlip(dossier, clock.instant());
	}

	/** Form 07 (sổ theo dõi hồ sơ) of a receiving agency for a period, as PDF or xlsx. */
	@Transactional(readOnly = true)
	public byte[] trackingBook(AgencyId agency, String agencyName, LocalDate from, LocalDate to,
			List<TrackingBookForm.Row> rows, boolean xlsx) {
		return forms.trackingBook(agency, agencyName, from, to, rows, xlsx, clock.instant());
	}

	/** The officers who may take {@code step}: for the forward and reassign pickers. */
	@Transactional(readOnly = true)
	public List<AccountService.Officer> officersFor(Step step) {
		return accounts.officers(step.role(), step.agencyId().value());
	}

	/** Now, at the database's precision, so what events carry equals what is read back later. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static LocalDate day(Instant now) {
		return LocalDate.ofInstant(now, VietnamTime.ZONE);
	}
}
