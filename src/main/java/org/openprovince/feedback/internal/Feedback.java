package org.openprovince.feedback.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.feedback.FeedbackException;

/**
 * A feedback item (phản ánh, kiến nghị): what a citizen said about a procedure, an agency or an
 * official, and how the handling agency dealt with it. It owns its transitions: each checks the status
 * and the input, moves the status, stores the deadlines that start and, when the agency's part ends
 * (refusal, supplement request, publication), whether that was on time (indicator 5.2, spec §10).
 * Who may act is checked by {@link FeedbackService}; the version guards against two officers at once.
 */
public class Feedback {

	static final int MAX_TEXT = 5_000;

	UUID id;
	String code;
	FeedbackStatus status;
	SubjectKind subject;
	UUID agencyId;
	String agencyName;
	UUID firstAgencyId;
	@Nullable UUID procedureId;
	@Nullable String procedureCode;
	@Nullable String procedureName;
	@Nullable String officialName;
	@Nullable String dossierCode;
	String title;
	String content;
	Submitter submitter;
	Instant submittedAt;
	Instant clockStartedAt;
	Instant refuseBy;
	Instant supplementBy;
	Instant answerBy;
	@Nullable Instant publishBy;
	@Nullable Instant dueAt;
	@Nullable String refusalReason;
	@Nullable Instant refusedAt;
	@Nullable String supplementRequest;
	@Nullable Instant supplementRequestedAt;
	@Nullable String supplementText;
	@Nullable Instant supplementedAt;
	@Nullable Classification classification;
	@Nullable Instant acceptedAt;
	@Nullable UUID handlerId;
	@Nullable String handlerName;
	@Nullable Instant transferredAt;
	int transfers;
	@Nullable String answer;
	@Nullable Instant answeredAt;
	@Nullable String answeredByName;
	@Nullable Instant publishedAt;
	@Nullable String publishedByName;
	@Nullable Instant handledAt;
	@Nullable Boolean onTime;
	int likes;
	int dislikes;
	Instant updatedAt;
	long version;

	/**
	 * Who submitted it: Decree 20/2008/NĐ-CP asks for the name, the address and a way to reply [K]; never
	 * shown on public pages.
	 *
	 * @param accountId the citizen's account, {@code null} for a guest
	 */
	public record Submitter(@Nullable UUID accountId, String name, String address, @Nullable String phone,
			@Nullable String email) {
	}

	/** What the submission says, checked by {@link #submit}. */
	public record Content(SubjectKind subject, UUID agencyId, String agencyName, @Nullable UUID procedureId,
			@Nullable String procedureCode, @Nullable String procedureName, @Nullable String officialName,
			@Nullable String dossierCode, String title, String content) {
	}

	/** A history line written with the transition. */
	record Change(FeedbackAction action, @Nullable FeedbackStatus from, FeedbackStatus to, @Nullable String note) {
	}

	private final transient List<Change> changes = new ArrayList<>();

	Feedback() {
	}

	/** A new item, received now, with its three deadlines on the chosen agency's calendar. */
	static Feedback submit(String code, Submitter submitter, Content c, Instant now, Deadlines deadlines) {
		require(!submitter.name().isBlank() && submitter.name().length() <= 100, "feedback.error.name");
		require(!submitter.address().isBlank() && submitter.address().length() <= 300, "feedback.error.address");
		// A guest must leave a way to reply; an account has its phone (Decree 20/2008/NĐ-CP [K]).
		require(submitter.accountId() != null || submitter.phone() != null || submitter.email() != null,
				"feedback.error.contact");
		require(!c.title().isBlank() && c.title().length() <= 200, "feedback.error.title");
		require(c.content().strip().length() >= 20 && c.content().length() <= MAX_TEXT, "feedback.error.content");
		require(c.subject() != SubjectKind.OFFICIAL || c.officialName() != null, "feedback.error.official");
		require(c.officialName() == null || c.officialName().length() <= 100, "feedback.error.official");
		var f = new Feedback();
		f.id = UUID.randomUUID();
		f.code = code;
		f.status = FeedbackStatus.RECEIVED;
		f.subject = c.subject();
		f.agencyId = c.agencyId();
		f.agencyName = c.agencyName();
		f.firstAgencyId = c.agencyId();
		f.procedureId = c.procedureId();
		f.procedureCode = c.procedureCode();
		f.procedureName = c.procedureName();
		f.officialName = c.officialName();
		f.dossierCode = c.dossierCode();
		f.title = c.title().strip();
		f.content = c.content().strip();
		f.submitter = submitter;
		f.submittedAt = now;
		f.startClock(now, deadlines);
		f.updatedAt = now;
		f.changes.add(new Change(FeedbackAction.SUBMIT, null, FeedbackStatus.RECEIVED, null));
		return f;
	}

	// --- transitions (the caller has checked who may act)

	/** Refuses to receive it, with the reason the citizen will read. */
	void refuse(String reason, Instant now) {
		expect(FeedbackAction.REFUSE, FeedbackStatus.RECEIVED);
		refusalReason = text(reason, "feedback.error.reason");
		refusedAt = now;
		// Spec §10 indicator 5.2: refusal within 2 working days.
		end(now, !now.isAfter(refuseBy));
		move(FeedbackAction.REFUSE, FeedbackStatus.REFUSED, refusalReason);
	}

	/** Asks the citizen for more information; once only [I: like dossiers, spec §4.1]. */
	void requestSupplement(String request, Instant now) {
		expect(FeedbackAction.REQUEST_SUPPLEMENT, FeedbackStatus.RECEIVED);
		require(supplementRequestedAt == null, "feedback.error.supplement.once");
		supplementRequest = text(request, "feedback.error.request");
		supplementRequestedAt = now;
		// Spec §10 indicator 5.2: a supplement request within 5 working days; the agency's part pauses.
		end(now, !now.isAfter(supplementBy));
		move(FeedbackAction.REQUEST_SUPPLEMENT, FeedbackStatus.SUPPLEMENT_REQUESTED, supplementRequest);
	}

	/**
	 * The citizen supplements: it is received again and the clock starts again from now [I: the spec
	 * does not say; restarting matches "from submission" for what is in effect a new submission].
	 */
	void supplement(String text, Instant now, Deadlines deadlines) {
		expect(FeedbackAction.SUPPLEMENT, FeedbackStatus.SUPPLEMENT_REQUESTED);
		supplementText = text(text, "feedback.error.supplement.text");
		supplementedAt = now;
		handledAt = null;
		onTime = null;
		startClock(now, deadlines);
		move(FeedbackAction.SUPPLEMENT, FeedbackStatus.RECEIVED, supplementText);
	}

	/** Accepts it for handling: classified (indicator 5.1) and given to a handler. */
	void accept(Classification kind, UUID handler, String handlerDisplayName, Instant now) {
		expect(FeedbackAction.ACCEPT, FeedbackStatus.RECEIVED);
		classification = kind;
		acceptedAt = now;
		handlerId = handler;
		handlerName = handlerDisplayName;
		dueAt = answerBy;
		move(FeedbackAction.ACCEPT, FeedbackStatus.ACCEPTED, handlerDisplayName);
	}

	/** Hands it to the competent agency; its 15 working days start now on that agency's calendar. */
	void transfer(UUID agency, String name, String reason, Instant now, Deadlines deadlines) {
		expect(FeedbackAction.TRANSFER, FeedbackStatus.ACCEPTED, FeedbackStatus.TRANSFERRED);
		require(!agency.equals(agencyId), "feedback.error.transfer.same");
		String why = text(reason, "feedback.error.reason");
		agencyId = agency;
		agencyName = name;
		transferredAt = now;
		transfers++;
		handlerId = null;
		handlerName = null;
		clockStartedAt = now;
		// Spec §10 indicator 5.2: "15 working days from submission or transfer".
		answerBy = deadlines.after(agency, now, FeedbackDeadlines.ANSWER_DAYS);
		dueAt = answerBy;
		move(FeedbackAction.TRANSFER, FeedbackStatus.TRANSFERRED, name + ": " + why);
	}

	/** Writes (or rewrites) the answer; a leader then has 2 working days to publish it. */
	void answer(String text, UUID by, String byName, Instant now, Deadlines deadlines) {
		expect(FeedbackAction.ANSWER, FeedbackStatus.ACCEPTED, FeedbackStatus.TRANSFERRED, FeedbackStatus.ANSWERED);
		answer = text(text, "feedback.error.answer");
		answeredAt = now;
		answeredByName = byName;
		if (handlerId == null) {
			handlerId = by;
			handlerName = byName;
		}
		// Spec §10 indicator 5.2: publication within 2 working days of the answer.
		publishBy = deadlines.after(agencyId, now, FeedbackDeadlines.PUBLISH_DAYS);
		dueAt = publishBy.isBefore(answerBy) ? publishBy : answerBy;
		move(FeedbackAction.ANSWER, FeedbackStatus.ANSWERED, null);
	}

	/**
	 * Publishes the answer on the portal. On time when both limits hold: within 15 working days of
	 * submission or transfer, and within 2 of the answer (spec §10 indicator 5.2).
	 */
	void publish(String byName, Instant now) {
		expect(FeedbackAction.PUBLISH, FeedbackStatus.ANSWERED);
		publishedAt = now;
		publishedByName = byName;
		end(now, !now.isAfter(answerBy) && publishBy != null && !now.isAfter(publishBy));
		move(FeedbackAction.PUBLISH, FeedbackStatus.PUBLISHED, null);
	}

	/** The staff actions its status allows (who may take them is the service's question). */
	public List<FeedbackAction> actionsByStatus() {
		return switch (status) {
			case RECEIVED -> supplementRequestedAt == null
					? List.of(FeedbackAction.ACCEPT, FeedbackAction.REQUEST_SUPPLEMENT, FeedbackAction.REFUSE)
					: List.of(FeedbackAction.ACCEPT, FeedbackAction.REFUSE);
			case ACCEPTED, TRANSFERRED -> List.of(FeedbackAction.ANSWER, FeedbackAction.TRANSFER);
			case ANSWERED -> List.of(FeedbackAction.PUBLISH, FeedbackAction.ANSWER);
			case REFUSED, SUPPLEMENT_REQUESTED, PUBLISHED -> List.of();
		};
	}

	/** Whether its current deadline has passed. */
	public boolean overdue(Instant now) {
		return dueAt != null && now.isAfter(dueAt);
	}

	// --- plumbing

	private void startClock(Instant now, Deadlines deadlines) {
		clockStartedAt = now;
		refuseBy = deadlines.after(agencyId, now, FeedbackDeadlines.REFUSE_DAYS);
		supplementBy = deadlines.after(agencyId, now, FeedbackDeadlines.SUPPLEMENT_DAYS);
		answerBy = deadlines.after(agencyId, now, FeedbackDeadlines.ANSWER_DAYS);
		dueAt = answerBy;
	}

	private void end(Instant now, boolean inTime) {
		handledAt = now;
		onTime = inTime;
		dueAt = null;
	}

	private void expect(FeedbackAction action, FeedbackStatus... allowed) {
		for (FeedbackStatus s : allowed) {
			if (status == s) {
				return;
			}
		}
		throw new FeedbackException("feedback.error.status", action, status);
	}

	private void move(FeedbackAction action, FeedbackStatus to, @Nullable String note) {
		changes.add(new Change(action, status, to, note));
		status = to;
	}

	private static String text(@Nullable String value, String key) {
		require(value != null && !value.isBlank() && value.length() <= MAX_TEXT, key);
		return value.strip();
	}

	private static void require(boolean condition, String key) {
		if (!condition) {
			throw new FeedbackException(key);
		}
	}

	/** The history lines of the transitions since it was loaded, taken once by the store. */
	List<Change> takeChanges() {
		var taken = List.copyOf(changes);
		changes.clear();
		return taken;
	}

	/** The working-day arithmetic the transitions need ({@link FeedbackDeadlines} in the application). */
	@FunctionalInterface
	interface Deadlines {

		Instant after(UUID agencyId, Instant start, int workingDays);
	}

	// --- read access for pages

	public UUID id() { return id; }
	public String code() { return code; }
	public FeedbackStatus status() { return status; }
	public SubjectKind subject() { return subject; }
	public UUID agencyId() { return agencyId; }
	public String agencyName() { return agencyName; }
	public @Nullable String procedureCode() { return procedureCode; }
	public @Nullable String procedureName() { return procedureName; }
	public @Nullable String officialName() { return officialName; }
	public @Nullable String dossierCode() { return dossierCode; }
	public String title() { return title; }
	public String content() { return content; }
	public Submitter submitter() { return submitter; }
	public Instant submittedAt() { return submittedAt; }
	public Instant clockStartedAt() { return clockStartedAt; }
	public Instant refuseBy() { return refuseBy; }
	public Instant supplementBy() { return supplementBy; }
	public Instant answerBy() { return answerBy; }
	public @Nullable Instant publishBy() { return publishBy; }
	public @Nullable Instant dueAt() { return dueAt; }
	public @Nullable String refusalReason() { return refusalReason; }
	public @Nullable Instant refusedAt() { return refusedAt; }
	public @Nullable String supplementRequest() { return supplementRequest; }
	public @Nullable Instant supplementRequestedAt() { return supplementRequestedAt; }
	public @Nullable String supplementText() { return supplementText; }
	public @Nullable Classification classification() { return classification; }
	public @Nullable String handlerName() { return handlerName; }
	public @Nullable Instant transferredAt() { return transferredAt; }
	public @Nullable String answer() { return answer; }
	public @Nullable Instant answeredAt() { return answeredAt; }
	public @Nullable String answeredByName() { return answeredByName; }
	public @Nullable Instant publishedAt() { return publishedAt; }
	public @Nullable Boolean onTime() { return onTime; }
	public int likes() { return likes; }
	public int dislikes() { return dislikes; }
	public long version() { return version; }
}
