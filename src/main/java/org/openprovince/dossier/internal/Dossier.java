package org.openprovince.dossier.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.DeadlinePolicy.AfterPause;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureVersionId;
import org.openprovince.catalog.TimeLimitUnit;
import org.openprovince.dossier.ApplicantContact;
import org.openprovince.dossier.DossierAction;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierException;
import org.openprovince.dossier.DossierFinished;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierReceived;
import org.openprovince.dossier.DossierState;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.dossier.DossierStatusChanged;
import org.openprovince.dossier.FormEntry;
import org.openprovince.dossier.OwnerKind;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;

import static org.openprovince.dossier.DossierAction.*;
import static org.openprovince.dossier.DossierState.*;

/**
 * A dossier (hồ sơ thủ tục hành chính) and the rules of its lifecycle (spec §3.3, transitions T1–T18).
 *
 * <p>Every transition first checks, in {@link #refusal}, that it applies in the current state and step
 * and that the actor holds the role the step requires for the step's agency; then it checks its input,
 * changes the state, appends a {@link HistoryEntry} and registers the events to publish. A refused
 * transition throws {@link DossierException} before changing anything. {@link #available} offers
 * exactly the transitions whose checks pass, so pages show only buttons that work.
 *
 * <p>Not thread-safe: the service loads, changes and saves one copy per transaction, and the
 * optimistic {@link #version()} makes the second of two concurrent changes fail.
 */
public class Dossier {

	// Identity and procedure, fixed at creation.
	final DossierId id;
	@Nullable DossierCode code;
	final ProcedureId procedureId;
	final ProcedureVersionId versionId;
	final String procedureCode;
	final String procedureName;
	final Channel channel;
	final AgencyId receivingAgencyId;
	final AgencyCode receivingAgencyCode;
	final String receivingAgencyName;
	final AgencyId competentAgencyId;
	final String competentAgencyName;
	final Applicant applicant;
	final @Nullable Applicant owner;
	final @Nullable UUID citizenAccountId;
	final @Nullable String summary;
	final int sets;
	final BigDecimal timeLimit;
	final TimeLimitUnit timeLimitUnit;
	final AfterPause afterSupplement;
	final @Nullable Long feeTotal;
	final @Nullable String feeNote;
	final List<Step> steps;
	final Instant createdAt;
	List<FormEntry> formData = List.of();
	OwnerKind ownerKind = OwnerKind.PERSON;

	// Lifecycle.
	DossierState state;
	Outcome outcome = Outcome.GRANT;
	@Nullable Instant submittedAt;
	@Nullable Instant receivedAt;
	@Nullable UUID receivedById;
	@Nullable String receivedByName;
	@Nullable Instant dueAt;
	@Nullable Instant originalDueAt;
	@Nullable Instant finishedAt;
	@Nullable Instant returnedAt;
	int stepIndex;
	Instant stepStartedAt;
	@Nullable Instant stepDueAt;
	@Nullable UUID assigneeId;
	@Nullable String assigneeName;
	@Nullable Instant pausedSince;
	int processingSupplements;
	int apologies;
	List<String> pendingItems = List.of();
	@Nullable String pendingReason;
	@Nullable Long paymentAmount;
	@Nullable ResultDocument result;
	@Nullable ReturnMethod returnMethod;
	@Nullable String returnReceiver;
	@Nullable Rating rating;
	@Nullable Instant ratedAt;
	@Nullable Instant feePaidAt;
	boolean feePaidOnline;
	@Nullable String feeReceipt;
	Instant updatedAt;
	long version;
	List<Pause> pauses = new ArrayList<>();
	int historySize;

	// Changes of this transaction, written and published by the service.
	final List<HistoryEntry> newHistory = new ArrayList<>();
	final List<Object> events = new ArrayList<>();
	boolean pausesChanged;

	Dossier(DossierId id, @Nullable DossierCode code, ProcedureId procedureId, ProcedureVersionId versionId,
			String procedureCode, String procedureName, Channel channel, AgencyId receivingAgencyId,
			AgencyCode receivingAgencyCode, String receivingAgencyName, AgencyId competentAgencyId,
			String competentAgencyName, Applicant applicant, @Nullable Applicant owner, @Nullable UUID citizenAccountId,
			@Nullable String summary, int sets, BigDecimal timeLimit, TimeLimitUnit timeLimitUnit,
			AfterPause afterSupplement, @Nullable Long feeTotal, @Nullable String feeNote, List<Step> steps,
			Instant createdAt, DossierState state, Instant stepStartedAt) {
		this.id = id;
		this.code = code;
		this.procedureId = procedureId;
		this.versionId = versionId;
		this.procedureCode = procedureCode;
		this.procedureName = procedureName;
		this.channel = channel;
		this.receivingAgencyId = receivingAgencyId;
		this.receivingAgencyCode = receivingAgencyCode;
		this.receivingAgencyName = receivingAgencyName;
		this.competentAgencyId = competentAgencyId;
		this.competentAgencyName = competentAgencyName;
		this.applicant = applicant;
		this.owner = owner;
		this.citizenAccountId = citizenAccountId;
		this.summary = summary;
		this.sets = sets;
		this.timeLimit = timeLimit;
		this.timeLimitUnit = timeLimitUnit;
		this.afterSupplement = afterSupplement;
		this.feeTotal = feeTotal;
		this.feeNote = feeNote;
		this.steps = List.copyOf(steps);
		this.createdAt = createdAt;
		this.state = state;
		this.stepStartedAt = stepStartedAt;
		this.updatedAt = createdAt;
		if (this.steps.isEmpty()) {
			throw new DossierException("dossier.error.process.missing", procedureName);
		}
	}

	// --- creation -------------------------------------------------------------------------------

	/** T2: received at the counter (or from the post); the caller issued the code and form 01. */
	static Dossier receiveAtCounter(Dossier blank, Actor actor, Instant now, DossierCode code, Deadlines deadlines) {
		Dossier d = blank;
		if (!actor.can(Role.RECEPTION_OFFICER, d.receivingAgencyId)) {
			throw new DossierException("dossier.error.notPermitted", d.receivingAgencyName);
		}
		d.code = code;
		d.startReception(actor, now, deadlines);
		d.record(RECEIVE, null, actor, now, null, List.of(), null);
		d.events.add(d.received());
		d.statusChanged(null, now, null);
		return d;
	}

	/**
	 * T1: submitted online by the applicant; waits for the one-stop desk. The code is issued now, as
	 * the national portal and the vendors do, so the applicant can track the dossier at once (spec §6
	 * leaves the choice open; YYMMDD is then the submission date).
	 */
	static Dossier submitOnline(Dossier blank, Actor actor, Instant now, DossierCode code) {
		Dossier d = blank;
		d.code = code;
		d.submittedAt = now;
		d.record(SUBMIT, null, actor, now, null, List.of(), null);
		d.statusChanged(null, now, null);
		return d;
	}

	private void startReception(Actor actor, Instant now, Deadlines deadlines) {
		state = RECEIVED;
		receivedAt = now;
		receivedById = actor.accountId();
		receivedByName = actor.name();
		dueAt = deadlines.dossierDue(this, now, List.of());
		originalDueAt = dueAt;
		stepIndex = 0;
		enterStep(steps.getFirst(), now, deadlines, actor.accountId(), actor.name());
	}

	// --- the rules ------------------------------------------------------------------------------

	/**
	 * Why {@code action} cannot be taken now by {@code actor}, or {@code null} when it can (input
	 * aside). The single place where states, steps and roles are checked.
	 */
	@Nullable
	DossierException refusal(DossierAction action, Actor actor, Instant now) {
		Step step = currentStep();
		Guard guard = switch (action) {
			case SUBMIT, RECEIVE, TRANSFER, RECORD_RESULT, FEE_PAID -> new Guard(notOffered(action));
			case ACCEPT, REQUEST_RECEPTION_SUPPLEMENT -> inState(action, SUBMITTED)
				.orElse(desk(actor));
			case RECEPTION_SUPPLEMENT_PROVIDED -> inState(action, RECEPTION_SUPPLEMENT).orElse(deskOrOwner(actor));
			case REFUSE_RECEPTION -> state == RECEIVED && stepIndex == 0 ? Guard.PASS.orElse(desk(actor))
					: inState(action, SUBMITTED).orElse(desk(actor));
			case FORWARD -> inState(action, RECEIVED, PROCESSING).orElse(atStep(actor, step));
			case SEND_BACK -> inState(action, PROCESSING).orElse(atStep(actor, step))
				.orElse(step.mayReturn() && stepIndex > 1 ? null : new DossierException("dossier.error.sendBack.notAllowed", step.name()));
			case REASSIGN -> inState(action, RECEIVED, PROCESSING).orElse(
					actor.can(step.role(), step.agencyId()) || actor.can(Role.UNIT_HEAD, step.agencyId())
							|| actor.can(Role.AGENCY_LEADER, step.agencyId()) ? null : notPermitted(step));
			case PROPOSE_SUPPLEMENT -> inState(action, PROCESSING).orElse(atStep(actor, step))
				.orElse(processingSupplements == 0 ? null : new DossierException("dossier.error.supplement.once"));
			case PROPOSE_REFUSAL -> inState(action, PROCESSING).orElse(atStep(actor, step))
				.orElse(step.role() == Role.CASE_OFFICER ? null : new DossierException("dossier.error.refusal.caseOfficer"))
				.orElse(outcome == Outcome.GRANT ? null : new DossierException("dossier.error.refusal.already"));
			case REQUEST_PAYMENT -> inState(action, PROCESSING).orElse(atStep(actor, step))
				.orElse(step.role() == Role.CASE_OFFICER ? null : new DossierException("dossier.error.payment.caseOfficer"));
			case ISSUE_SUPPLEMENT_REQUEST -> inState(action, SUPPLEMENT_PROPOSED).orElse(desk(actor));
			case COMPLETE_SUPPLEMENT -> inState(action, SUPPLEMENT_REQUESTED).orElse(deskOrOwner(actor));
			case RECORD_PAYMENT -> inState(action, PAYMENT_REQUESTED)
				.orElse(actor.viaGateway() ? deskOrOwner(actor)
						: actor.can(Role.RECEPTION_OFFICER, receivingAgencyId) || actor.can(step.role(), step.agencyId())
								? null : notPermitted(step));
			case APOLOGISE -> inState(action, RECEIVED, PROCESSING, SUPPLEMENT_PROPOSED, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED)
				.orElse(actor.can(Role.UNIT_HEAD, competentAgencyId) || actor.can(Role.AGENCY_LEADER, competentAgencyId)
						|| actor.can(Role.RECEPTION_OFFICER, receivingAgencyId) ? null : notPermitted(step))
				.orElse(apologies == 0 ? null : new DossierException("dossier.error.apology.once"))
				.orElse(dueAt != null && now.isBefore(dueAt) ? null : new DossierException("dossier.error.apology.late"));
			case STOP -> inState(action, RECEIVED, PROCESSING, SUPPLEMENT_PROPOSED, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED)
				.orElse(actor.can(Role.RECEPTION_OFFICER, receivingAgencyId)
						|| actor.can(Role.AGENCY_LEADER, competentAgencyId) ? null : desk(actor));
			case WITHDRAW -> inState(action, SUBMITTED, RECEPTION_SUPPLEMENT, RECEIVED, PROCESSING, SUPPLEMENT_PROPOSED,
					SUPPLEMENT_REQUESTED)
				.orElse(deskOrOwner(actor));
			case RETURN_RESULT -> inState(action, DONE).orElse(desk(actor));
			case RATE -> inState(action, DONE, RETURNED).orElse(deskOrOwner(actor))
				.orElse(rating == null ? null : new DossierException("dossier.error.rating.once"));
		};
		return guard.get();
	}

	/** The transitions {@code actor} may take now, in the order of {@link DossierAction}. */
	public Set<DossierAction> available(Actor actor, Instant now) {
		var actions = EnumSet.noneOf(DossierAction.class);
		for (DossierAction action : DossierAction.values()) {
			if (refusal(action, actor, now) == null) {
				actions.add(action);
			}
		}
		return actions;
	}

	private void guard(DossierAction action, Actor actor, Instant now) {
		DossierException refused = refusal(action, actor, now);
		if (refused != null) {
			throw refused;
		}
	}

	// --- reception ------------------------------------------------------------------------------

	/** T3: the desk accepts an online submission (its code was issued at submission). */
	void accept(Actor actor, Instant now, Deadlines deadlines) {
		guard(ACCEPT, actor, now);
		DvcqgStatus from = state.status();
		startReception(actor, now, deadlines);
		record(ACCEPT, from, actor, now, null, List.of(), null);
		events.add(received());
		statusChanged(from, now, null);
	}

	/** T4: refused at reception, with the reason the applicant will read (form 03). */
	void refuseReception(Actor actor, Instant now, @Nullable String reason) {
		guard(REFUSE_RECEPTION, actor, now);
		String text = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		DvcqgStatus from = state.status();
		state = REFUSED;
		finishedAt = now;
		clearAction();
		record(REFUSE_RECEPTION, from, actor, now, text, List.of(), null);
		statusChanged(from, now, text);
	}

	/** T5: everything missing, listed at once (form 02), before reception. */
	void requestReceptionSupplement(Actor actor, Instant now, @Nullable List<String> items, @Nullable String reason) {
		guard(REQUEST_RECEPTION_SUPPLEMENT, actor, now);
		pendingItems = Texts.items(items, "dossier.error.supplement.items");
		pendingReason = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		DvcqgStatus from = state.status();
		state = RECEPTION_SUPPLEMENT;
		record(REQUEST_RECEPTION_SUPPLEMENT, from, actor, now, String.join("; ", pendingItems), List.of(), null);
		statusChanged(from, now, pendingReason + ": " + String.join("; ", pendingItems));
	}

	/** The applicant completed an online submission after T5; it waits for the desk again. */
	void receptionSupplementProvided(Actor actor, Instant now, @Nullable String note, List<UUID> files) {
		guard(RECEPTION_SUPPLEMENT_PROVIDED, actor, now);
		DvcqgStatus from = state.status();
		state = SUBMITTED;
		pendingItems = List.of();
		pendingReason = null;
		record(RECEPTION_SUPPLEMENT_PROVIDED, from, actor, now, Texts.optional(note, Texts.NOTE), files, null);
		statusChanged(from, now, null);
	}

	// --- processing -----------------------------------------------------------------------------

	/**
	 * T6/T7/T14: completes the current step and hands the dossier to the next one. Completing the step
	 * that issues the result (status 9), or the last step before the return, needs the result document.
	 *
	 * @param nextAssignee who takes the next step, or {@code null} for anyone holding its role
	 */
	void forward(Actor actor, Instant now, @Nullable Assignee nextAssignee, @Nullable String note,
			@Nullable ResultDocument resultDocument, List<UUID> files, Deadlines deadlines) {
		guard(FORWARD, actor, now);
		advance(FORWARD, actor, now, nextAssignee, Texts.optional(note, Texts.NOTE), resultDocument, files, deadlines);
	}

	/** T13: the case officer proposes a refusal with reasons; it goes up the same steps for approval. */
	void proposeRefusal(Actor actor, Instant now, @Nullable Assignee nextAssignee, @Nullable String reason,
			Deadlines deadlines) {
		guard(PROPOSE_REFUSAL, actor, now);
		String text = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		outcome = Outcome.REFUSE;
		advance(PROPOSE_REFUSAL, actor, now, nextAssignee, text, null, List.of(), deadlines);
	}

	/** Whether completing the current step issues the result (so needs the result document). */
	public boolean currentStepIssuesResult() {
		Step step = currentStep();
		Step next = stepIndex + 1 < steps.size() ? steps.get(stepIndex + 1) : null;
		return stepIndex > 0 && (step.status() == DvcqgStatus.DONE || next == null || next.status() == DvcqgStatus.RETURNED);
	}

	private void advance(DossierAction action, Actor actor, Instant now, @Nullable Assignee nextAssignee,
			@Nullable String note, @Nullable ResultDocument resultDocument, List<UUID> files, Deadlines deadlines) {
		Step step = currentStep();
		Step next = stepIndex + 1 < steps.size() ? steps.get(stepIndex + 1) : null;
		DvcqgStatus from = state.status();
		boolean issuesResult = currentStepIssuesResult();
		if (issuesResult && resultDocument == null) {
			throw new DossierException("dossier.error.result.required", step.name());
		}
		if (nextAssignee != null && next != null && !nextAssignee.eligible()) {
			throw new DossierException("dossier.error.assignee.notEligible", nextAssignee.name(), next.name());
		}
		if (issuesResult) {
			result = resultDocument;
			state = DONE;
			finishedAt = now;
			record(RECORD_RESULT, from, actor, now, note, files, null);
			events.add(finished());
		}
		else {
			state = PROCESSING;
			record(action, from, actor, now, note, files, next == null ? null : next.name());
		}
		if (next != null) {
			if (!next.agencyId().equals(step.agencyId())) {
				record(TRANSFER, state.status(), actor, now, null, List.of(), next.agencyName());
			}
			stepIndex++;
			UUID defaultId = next.role() == Role.RECEPTION_OFFICER && next.agencyId().equals(receivingAgencyId)
					? receivedById : null;
			String defaultName = defaultId == null ? null : receivedByName;
			enterStep(next, now, deadlines, nextAssignee != null ? nextAssignee.id() : defaultId,
					nextAssignee != null ? nextAssignee.name() : defaultName);
		}
		else {
			stepStartedAt = now;
			stepDueAt = dueAt;
			assigneeId = receivedById;
			assigneeName = receivedByName;
		}
		if (from != state.status()) {
			statusChanged(from, now, outcome == Outcome.REFUSE && state == DONE ? note : null);
		}
	}

	/** T7: sends the dossier back to the previous step, with the reason; a proposed refusal is dropped. */
	void sendBack(Actor actor, Instant now, @Nullable String reason, Deadlines deadlines) {
		guard(SEND_BACK, actor, now);
		String text = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		Step previous = steps.get(stepIndex - 1);
		record(SEND_BACK, state.status(), actor, now, text, List.of(), previous.name());
		if (!previous.agencyId().equals(currentStep().agencyId())) {
			record(TRANSFER, state.status(), actor, now, null, List.of(), previous.agencyName());
		}
		outcome = Outcome.GRANT;
		stepIndex--;
		enterStep(previous, now, deadlines, null, null);
	}

	/** T7 (chuyển nội bộ): hands the current step to another officer of the same agency. */
	void reassign(Actor actor, Instant now, Assignee to, @Nullable String note) {
		guard(REASSIGN, actor, now);
		Objects.requireNonNull(to, "to");
		if (!to.eligible()) {
			throw new DossierException("dossier.error.assignee.notEligible", to.name(), currentStep().name());
		}
		assigneeId = to.id();
		assigneeName = to.name();
		record(REASSIGN, state.status(), actor, now, Texts.optional(note, Texts.NOTE), List.of(), to.name());
	}

	/** T8, first half: the case officer asks the desk to request a supplement (only once during processing). */
	void proposeSupplement(Actor actor, Instant now, @Nullable List<String> items, @Nullable String reason) {
		guard(PROPOSE_SUPPLEMENT, actor, now);
		pendingItems = Texts.items(items, "dossier.error.supplement.items");
		pendingReason = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		state = SUPPLEMENT_PROPOSED;
		record(PROPOSE_SUPPLEMENT, state.status(), actor, now, pendingReason + ": " + String.join("; ", pendingItems),
				List.of(), receivingAgencyName);
	}

	/** T8, second half: the desk sends the request to the applicant (form 02); the clock stops. */
	void issueSupplementRequest(Actor actor, Instant now) {
		guard(ISSUE_SUPPLEMENT_REQUEST, actor, now);
		DvcqgStatus from = state.status();
		state = SUPPLEMENT_REQUESTED;
		processingSupplements++;
		pause(Pause.Kind.SUPPLEMENT, now);
		record(ISSUE_SUPPLEMENT_REQUEST, from, actor, now, String.join("; ", pendingItems), List.of(), null);
		statusChanged(from, now, pendingReason + ": " + String.join("; ", pendingItems));
	}

	/**
	 * T9: the desk received the supplement; the clock runs again and the appointment moves as the
	 * procedure version says: by the paused time (resume) or from zero (restart), spec §4.4.
	 */
	void completeSupplement(Actor actor, Instant now, @Nullable String note, List<UUID> files, Deadlines deadlines) {
		guard(COMPLETE_SUPPLEMENT, actor, now);
		DvcqgStatus from = state.status();
		resume(now, deadlines);
		pendingItems = List.of();
		pendingReason = null;
		record(COMPLETE_SUPPLEMENT, from, actor, now, Texts.optional(note, Texts.NOTE), files, null);
		statusChanged(from, now, null);
	}

	/** T10: the applicant must pay; the clock stops until the payment is recorded. */
	void requestPayment(Actor actor, Instant now, long amount, @Nullable String description) {
		guard(REQUEST_PAYMENT, actor, now);
		if (amount <= 0 || amount > 1_000_000_000_000L) {
			throw new DossierException("dossier.error.payment.amount");
		}
		String text = Texts.required(description, "dossier.error.payment.description", Texts.NOTE);
		DvcqgStatus from = state.status();
		paymentAmount = amount;
		pendingReason = text;
		state = PAYMENT_REQUESTED;
		pause(Pause.Kind.PAYMENT, now);
		record(REQUEST_PAYMENT, from, actor, now, text, List.of(), null);
		statusChanged(from, now, text);
	}

	/** T10: the payment was made; the clock runs again from where it stood. */
	void recordPayment(Actor actor, Instant now, @Nullable String note, List<UUID> files, Deadlines deadlines) {
		guard(RECORD_PAYMENT, actor, now);
		DvcqgStatus from = state.status();
		resume(now, deadlines);
		pendingReason = null;
		if (actor.viaGateway()) {
			feePaidOnline = true;
		}
		record(RECORD_PAYMENT, from, actor, now, Texts.optional(note, Texts.NOTE), files, null);
		statusChanged(from, now, null);
	}

	/**
	 * The fee or charge due at online submission was paid through the payment gateway (spec §8.2): noted
	 * in the history, no change of status. A second notice of the same payment changes nothing.
	 *
	 * @return whether anything changed
	 */
	boolean feePaid(Actor actor, Instant now, long amount, String receipt) {
		if (feePaidAt != null) {
			return false;
		}
		if (feeTotal == null || amount != feeTotal) {
			throw new DossierException("dossier.error.fee.amount", amount);
		}
		feePaidAt = now;
		feePaidOnline = true;
		feeReceipt = Texts.required(receipt, "dossier.error.fee.receipt", 100);
		updatedAt = now;
		record(FEE_PAID, state.status(), actor, now, receipt, List.of(), null);
		return true;
	}

	/** What the applicant still has to pay now, or {@code null} when nothing. */
	public @Nullable Due amountDue() {
		if (state == PAYMENT_REQUESTED && paymentAmount != null) {
			return new Due(true, paymentAmount, pendingReason);
		}
		if (channel == Channel.ONLINE && feeTotal != null && feeTotal > 0 && feePaidAt == null
				&& (state == SUBMITTED || state == RECEPTION_SUPPLEMENT || state == RECEIVED || state == PROCESSING)) {
			return new Due(false, feeTotal, feeNote);
		}
		return null;
	}

	/**
	 * An amount due from the applicant.
	 *
	 * @param obligation a financial obligation requested during processing (T10), rather than the fee at submission
	 */
	public record Due(boolean obligation, long amount, @Nullable String description) {
	}

	// --- late and irregular paths ---------------------------------------------------------------

	/**
	 * T17: apology and request for more time (form 04), before the appointment date and only once
	 * (Decree 61/2018 art. 19 [K], kept by Decree 118/2025; spec §4.1).
	 */
	void apologise(Actor actor, Instant now, Instant newDue, @Nullable String reason) {
		guard(APOLOGISE, actor, now);
		String text = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		if (dueAt == null || !newDue.isAfter(dueAt)) {
			throw new DossierException("dossier.error.apology.newDue");
		}
		dueAt = newDue;
		apologies++;
		if (stepDueAt != null && stepDueAt.isAfter(newDue)) {
			stepDueAt = newDue;
		}
		record(APOLOGISE, state.status(), actor, now, text, List.of(), null);
	}

	/** T11 (2025 form 05): processing stops at the applicant's request. Final. */
	void stop(Actor actor, Instant now, @Nullable String reason) {
		guard(STOP, actor, now);
		String text = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		end(STOP, STOPPED, actor, now, text);
	}

	/** T12: withdrawn at the applicant's request. Final. */
	void withdraw(Actor actor, Instant now, @Nullable String reason) {
		guard(WITHDRAW, actor, now);
		String text = Texts.required(reason, "dossier.error.reason.required", Texts.NOTE);
		end(WITHDRAW, WITHDRAWN, actor, now, text);
	}

	private void end(DossierAction action, DossierState to, Actor actor, Instant now, String text) {
		boolean wasReceived = receivedAt != null;
		DvcqgStatus from = state.status();
		closeOpenPause(now);
		state = to;
		finishedAt = now;
		clearAction();
		record(action, from, actor, now, text, List.of(), null);
		if (wasReceived) {
			events.add(finished());
		}
		statusChanged(from, now, text);
	}

	// --- result ---------------------------------------------------------------------------------

	/** T16: the result reaches the applicant. */
	void returnResult(Actor actor, Instant now, ReturnMethod method, @Nullable String receiver, @Nullable String note) {
		guard(RETURN_RESULT, actor, now);
		Objects.requireNonNull(method, "method");
		String who = method == ReturnMethod.ONLINE ? Texts.optional(receiver, 200)
				: Texts.required(receiver, "dossier.error.return.receiver", 200);
		DvcqgStatus from = state.status();
		state = RETURNED;
		returnedAt = now;
		returnMethod = method;
		returnReceiver = who;
		clearAction();
		record(RETURN_RESULT, from, actor, now, Texts.optional(note, Texts.NOTE), List.of(), who);
		statusChanged(from, now, null);
	}

	/** T18: the applicant's satisfaction, once, at the counter device or online. */
	void rate(Actor actor, Instant now, Rating value) {
		guard(RATE, actor, now);
		rating = Objects.requireNonNull(value, "value");
		ratedAt = now;
		record(RATE, state.status(), actor, now, null, List.of(), null);
	}

	// --- helpers --------------------------------------------------------------------------------

	private void enterStep(Step step, Instant now, Deadlines deadlines, @Nullable UUID assignee,
			@Nullable String assigneeDisplayName) {
		stepStartedAt = now;
		Instant due = deadlines.stepDue(step, now, List.of());
		stepDueAt = due == null || (dueAt != null && due.isAfter(dueAt) && step.budget().isZero()) ? dueAt : due;
		assigneeId = assignee;
		assigneeName = assigneeDisplayName;
	}

	private void pause(Pause.Kind kind, Instant now) {
		pausedSince = now;
		pauses.add(new Pause(pauses.size() + 1, kind, now, null));
		pausesChanged = true;
	}

	private void resume(Instant now, Deadlines deadlines) {
		closeOpenPause(now);
		state = PROCESSING;
		List<Pause> closed = List.copyOf(pauses);
		Instant start = Objects.requireNonNull(receivedAt);
		Instant newDue = deadlines.dossierDue(this, start, closed);
		// An apology already moved the date further: keep the later one.
		dueAt = apologies > 0 && dueAt != null && dueAt.isAfter(newDue) ? dueAt : newDue;
		Instant step = deadlines.stepDue(currentStep(), stepStartedAt, closed);
		stepDueAt = step == null ? dueAt : step;
	}

	private void closeOpenPause(Instant now) {
		if (pausedSince == null) {
			return;
		}
		Pause open = pauses.getLast();
		pauses.set(pauses.size() - 1, open.close(now));
		pausedSince = null;
		pausesChanged = true;
	}

	private void clearAction() {
		assigneeId = null;
		assigneeName = null;
	}

	private void record(DossierAction action, @Nullable DvcqgStatus from, Actor actor, Instant now,
			@Nullable String note, List<UUID> files, @Nullable String receiver) {
		Step step = currentStep();
		historySize++;
		newHistory.add(new HistoryEntry(historySize, action, from, state.status(), stepIndex, step.name(),
				step.agencyName(), actor.accountId(), actor.name(), now, stepDueAt, note, files, receiver));
		updatedAt = now;
	}

	private void statusChanged(@Nullable DvcqgStatus from, Instant now, @Nullable String note) {
		events.add(new DossierStatusChanged(id, code, from, state.status(), now, procedureName, contact(), dueAt, note));
	}

	private DossierReceived received() {
		return new DossierReceived(id, Objects.requireNonNull(code), procedureId, procedureCode, receivingAgencyId,
				competentAgencyId, channel, Objects.requireNonNull(receivedAt), Objects.requireNonNull(dueAt));
	}

	private DossierFinished finished() {
		Instant end = Objects.requireNonNull(finishedAt);
		boolean onTime = dueAt == null || !end.isAfter(dueAt);
		return new DossierFinished(id, Objects.requireNonNull(code), state.status(), outcome == Outcome.REFUSE,
				Objects.requireNonNull(receivedAt), end, dueAt, onTime);
	}

	private ApplicantContact contact() {
		return new ApplicantContact(applicant.fullName(), applicant.email(), applicant.phone());
	}

	private Guard inState(DossierAction action, DossierState... allowed) {
		for (DossierState s : allowed) {
			if (state == s) {
				return Guard.PASS;
			}
		}
		return new Guard(new DossierException("dossier.error.state", action, state));
	}

	private @Nullable DossierException desk(Actor actor) {
		return actor.can(Role.RECEPTION_OFFICER, receivingAgencyId) ? null
				: new DossierException("dossier.error.notPermitted", receivingAgencyName);
	}

	private @Nullable DossierException deskOrOwner(Actor actor) {
		if (actor.applicant()) {
			return citizenAccountId != null && citizenAccountId.equals(actor.accountId()) ? null
					: new DossierException("dossier.error.notOwner");
		}
		return desk(actor);
	}

	private @Nullable DossierException atStep(Actor actor, Step step) {
		return actor.can(step.role(), step.agencyId()) ? null : notPermitted(step);
	}

	private DossierException notPermitted(Step step) {
		return new DossierException("dossier.error.notPermittedAtStep", step.name(), step.agencyName());
	}

	private DossierException notOffered(DossierAction action) {
		return new DossierException("dossier.error.state", action, state);
	}

	/** A chain of checks: the first refusal wins. */
	private record Guard(@Nullable DossierException refusal) {

		static final Guard PASS = new Guard(null);

		Guard orElse(@Nullable DossierException next) {
			return refusal != null ? this : new Guard(next);
		}

		@Nullable
		DossierException get() {
			return refusal;
		}
	}

	// --- reading --------------------------------------------------------------------------------

	public Step currentStep() {
		return steps.get(stepIndex);
	}

	/** Where the next action is expected (agency, role), or {@code null} when the dossier is closed. */
	public @Nullable AgencyId actionAgency() {
		return switch (state) {
			case REFUSED, WITHDRAWN, STOPPED, RETURNED -> null;
			case SUBMITTED, RECEPTION_SUPPLEMENT, SUPPLEMENT_PROPOSED, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, DONE ->
				receivingAgencyId;
			case RECEIVED, PROCESSING -> currentStep().agencyId();
		};
	}

	public @Nullable Role actionRole() {
		return switch (state) {
			case REFUSED, WITHDRAWN, STOPPED, RETURNED -> null;
			case SUBMITTED, RECEPTION_SUPPLEMENT, SUPPLEMENT_PROPOSED, SUPPLEMENT_REQUESTED, PAYMENT_REQUESTED, DONE ->
				Role.RECEPTION_OFFICER;
			case RECEIVED, PROCESSING -> currentStep().role();
		};
	}

	public DossierId id() { return id; }
	public @Nullable DossierCode code() { return code; }
	public DossierState state() { return state; }
	public DvcqgStatus status() { return state.status(); }
	public Outcome outcome() { return outcome; }
	public String procedureCode() { return procedureCode; }
	public String procedureName() { return procedureName; }
	public ProcedureId procedureId() { return procedureId; }
	public ProcedureVersionId versionId() { return versionId; }
	public Channel channel() { return channel; }
	public AgencyId receivingAgencyId() { return receivingAgencyId; }
	public AgencyCode receivingAgencyCode() { return receivingAgencyCode; }
	public String receivingAgencyName() { return receivingAgencyName; }
	public AgencyId competentAgencyId() { return competentAgencyId; }
	public String competentAgencyName() { return competentAgencyName; }
	public Applicant applicant() { return applicant; }
	public @Nullable Applicant owner() { return owner; }
	public @Nullable UUID citizenAccountId() { return citizenAccountId; }
	public @Nullable String summary() { return summary; }
	public int sets() { return sets; }
	public BigDecimal timeLimit() { return timeLimit; }
	public TimeLimitUnit timeLimitUnit() { return timeLimitUnit; }
	public AfterPause afterSupplement() { return afterSupplement; }
	public @Nullable Long feeTotal() { return feeTotal; }
	public @Nullable String feeNote() { return feeNote; }
	public List<Step> steps() { return steps; }
	public Instant createdAt() { return createdAt; }
	public @Nullable Instant submittedAt() { return submittedAt; }
	public @Nullable Instant receivedAt() { return receivedAt; }
	public @Nullable String receivedByName() { return receivedByName; }
	public @Nullable Instant dueAt() { return dueAt; }
	public @Nullable Instant originalDueAt() { return originalDueAt; }
	public @Nullable Instant finishedAt() { return finishedAt; }
	public @Nullable Instant returnedAt() { return returnedAt; }
	public int stepIndex() { return stepIndex; }
	public Instant stepStartedAt() { return stepStartedAt; }
	public @Nullable Instant stepDueAt() { return stepDueAt; }
	public @Nullable UUID assigneeId() { return assigneeId; }
	public @Nullable String assigneeName() { return assigneeName; }
	public @Nullable Instant pausedSince() { return pausedSince; }
	public int processingSupplements() { return processingSupplements; }
	public int apologies() { return apologies; }
	public List<String> pendingItems() { return pendingItems; }
	public @Nullable String pendingReason() { return pendingReason; }
	public @Nullable Long paymentAmount() { return paymentAmount; }
	public @Nullable ResultDocument result() { return result; }
	public @Nullable ReturnMethod returnMethod() { return returnMethod; }
	public @Nullable String returnReceiver() { return returnReceiver; }
	public @Nullable Rating rating() { return rating; }
	public long version() { return version; }
	public List<FormEntry> formData() { return formData; }
	public OwnerKind ownerKind() { return ownerKind; }
	public @Nullable Instant feePaidAt() { return feePaidAt; }
	public boolean feePaidOnline() { return feePaidOnline; }
	public @Nullable String feeReceipt() { return feeReceipt; }
	public List<Pause> pauses() { return List.copyOf(pauses); }
	List<HistoryEntry> newHistory() { return newHistory; }
	List<Object> events() { return events; }

	/**
	 * The dossier as other modules may know it now (spec §4.2 dates, §10.2 markers).
	 *
	 * @param components how many components were received, {@code digitised} of them with a file
	 */
	public DossierSnapshot snapshot(int components, int digitised) {
		Duration paused = Duration.ZERO;
		Instant pausedFrom = null;
		for (Pause p : pauses) {
			if (p.kind() != Pause.Kind.SUPPLEMENT) {
				continue;
			}
			if (p.to() == null) {
				pausedFrom = p.from();
			}
			else {
				paused = paused.plus(Duration.between(p.from(), p.to()));
			}
		}
		boolean fee = (feeTotal != null && feeTotal > 0) || (paymentAmount != null && paymentAmount > 0);
		return new DossierSnapshot(id, code, version, updatedAt, procedureId, procedureCode, procedureName,
				receivingAgencyId, competentAgencyId, channel, state.status(), outcome == Outcome.REFUSE, submittedAt,
				receivedAt, originalDueAt, dueAt, finishedAt, returnedAt, processingSupplements, paused, pausedFrom,
				fee, feePaidOnline, components, digitised, result != null && result.fileId() != null, rating,
				citizenAccountId != null);
	}

	/** Structured details for the audit entry of the last transition. */
	Map<String, Object> auditDetails() {
		return Map.of("code", code == null ? "" : code.value(), "state", state.name(), "status", state.status().code(),
				"step", stepIndex);
	}
}
