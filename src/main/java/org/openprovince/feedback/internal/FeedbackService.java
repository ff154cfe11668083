package org.openprovince.feedback.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureSummary;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierException;
import org.openprovince.feedback.FeedbackAnswerPublished;
import org.openprovince.feedback.FeedbackException;
import org.openprovince.feedback.FeedbackReceived;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.AccountService.Officer;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback commands: each loads the item, checks who may act, lets the item apply the transition
 * and, in the same transaction, writes it (optimistically), its history and the audit entry. A refused
 * or stale command writes nothing.
 *
 * <p>Who handles feedback [I, our choice, the spec names no roles]: staff holding
 * {@link Role#RECEPTION_OFFICER}, {@link Role#UNIT_HEAD} or {@link Role#AGENCY_LEADER} for the agency
 * that handles the item receive, refuse, ask for more, accept, transfer and answer it; publishing the
 * answer (its approval) takes a {@link Role#UNIT_HEAD} or {@link Role#AGENCY_LEADER}. A province-wide
 * {@link Role#ADMINISTRATOR} sees every item but does not act on them.
 */
@Service
public class FeedbackService {

	/** The roles that handle feedback for their agency. */
	public static final List<Role> HANDLERS = List.of(Role.RECEPTION_OFFICER, Role.UNIT_HEAD, Role.AGENCY_LEADER);

	/** The roles that approve and publish answers. */
	public static final List<Role> PUBLISHERS = List.of(Role.UNIT_HEAD, Role.AGENCY_LEADER);

	private static final String GUEST = "guest";

	private final FeedbackStore store;

	private final Feedback.Deadlines deadlines;

	private final Organization organization;

	private final Catalog catalog;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	@Autowired
	FeedbackService(FeedbackStore store, FeedbackDeadlines deadlines, Organization organization, Catalog catalog,
			AccountService accounts, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this(store, deadlines::after, organization, catalog, accounts, audit, events, clock);
	}

	private FeedbackService(FeedbackStore store, Feedback.Deadlines deadlines, Organization organization,
			Catalog catalog, AccountService accounts, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.deadlines = deadlines;
		this.organization = organization;
		this.catalog = catalog;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The same commands at another time, for loading history (demo data): the copy is not a Spring
	 * bean, so call it inside a transaction of your own.
	 */
	public FeedbackService withClock(Clock other) {
		return new FeedbackService(store, deadlines, organization, catalog, accounts, audit, events, other);
	}

	/**
	 * What a person submits on the portal. Blank optional values are {@code null}.
	 *
	 * @param procedureCode the national code of the procedure concerned, e.g. {@code 1.001193}
	 * @param dossierCode the code of a dossier it concerns; only its format is checked
	 */
	public record Submission(SubjectKind subject, @Nullable UUID agencyId, @Nullable String procedureCode,
			@Nullable String officialName, @Nullable String dossierCode, String title, String content, String name,
			String address, @Nullable String phone, @Nullable String email) {
	}

	// --- the citizen's commands

	/**
	 * Receives feedback from a logged-in citizen ({@code user} of kind citizen: linked to the account)
	 * or from a guest ({@code null}, or staff browsing the portal).
	 */
	@Transactional
	public Feedback submit(Submission s, @Nullable CurrentUser user) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, VietnamTime.ZONE);
		AgencySummary agency = s.agencyId() == null ? null
				: organization.findAgency(new AgencyId(s.agencyId())).filter(a -> inForce(a, today)).orElse(null);
		if (agency == null) {
			throw new FeedbackException("feedback.error.agency");
		}
		ProcedureVersion procedure = procedure(s.procedureCode(), now);
		String dossierCode = dossierCode(s.dossierCode());
		UUID accountId = user != null && user.kind() == AccountKind.CITIZEN ? user.accountId().value() : null;
		var submitter = new Feedback.Submitter(accountId, s.name().strip(), s.address().strip(), s.phone(), s.email());
		var content = new Feedback.Content(s.subject(), agency.id().value(), agency.name(),
				procedure == null ? null : procedure.procedureId().value(), procedure == null ? null : procedure.code().value(),
				procedure == null ? null : procedure.name(), s.officialName(), dossierCode, s.title(), s.content());
		Feedback f = Feedback.submit(store.nextCode(today), submitter, content, now, deadlines);
		store.insert(f, accountId, submitter.name());
		audit.record(accountId == null ? GUEST : user.username(), "feedback.submitted", "Feedback", f.id.toString(),
				details("code", f.code, "agency", f.agencyId, "subject", f.subject));
		events.publishEvent(new FeedbackReceived(f.id, f.code, f.agencyId, now));
		return f;
	}

	/** The citizen answers a supplement request on their own item. */
	@Transactional
	public Feedback supplement(String code, long version, CurrentUser citizen, String text) {
		Feedback f = own(code, citizen).orElseThrow(() -> new FeedbackException("feedback.error.notFound"));
		return change(f, version, citizen, "feedback.supplemented", now -> f.supplement(text, now, deadlines));
	}

	/**
	 * A citizen likes (+1) or dislikes (-1) a published answer; a second vote replaces the first. Counters
	 * on the item move in the same transaction.
	 */
	@Transactional
	public void vote(String code, CurrentUser citizen, int value) {
		if (citizen.kind() != AccountKind.CITIZEN) {
			throw new FeedbackException("feedback.error.vote.citizen");
		}
		if (value != 1 && value != -1) {
			throw new FeedbackException("feedback.error.vote.value");
		}
		Feedback f = store.findByCode(code)
			.filter(x -> x.status == FeedbackStatus.PUBLISHED)
			.orElseThrow(() -> new FeedbackException("feedback.error.notFound"));
		if (store.vote(f.id, citizen.accountId().value(), value, clock.instant())) {
			audit.record(citizen.username(), "feedback.voted", "Feedback", f.id.toString(),
					details("code", f.code, "value", value));
		}
	}

	// --- the agency's commands

	@Transactional
	public Feedback refuse(UUID id, long version, CurrentUser user, @Nullable String reason) {
		Feedback f = handled(id, user, FeedbackAction.REFUSE);
		return change(f, version, user, "feedback.refused", now -> f.refuse(nonNull(reason), now));
	}

	@Transactional
	public Feedback requestSupplement(UUID id, long version, CurrentUser user, @Nullable String request) {
		Feedback f = handled(id, user, FeedbackAction.REQUEST_SUPPLEMENT);
		return change(f, version, user, "feedback.supplementRequested", now -> f.requestSupplement(nonNull(request), now));
	}

	/** Accepts, classifies (indicator 5.1) and gives it to a handler of the agency. */
	@Transactional
	public Feedback accept(UUID id, long version, CurrentUser user, @Nullable Classification kind,
			@Nullable UUID handler) {
		Feedback f = handled(id, user, FeedbackAction.ACCEPT);
		if (kind == null) {
			throw new FeedbackException("feedback.error.classification");
		}
		Officer officer = handlers(f.agencyId).stream()
			.filter(o -> o.id().equals(handler))
			.findFirst()
			.orElseThrow(() -> new FeedbackException("feedback.error.handler"));
		return change(f, version, user, "feedback.accepted",
				now -> f.accept(kind, officer.id(), officer.displayName(), now));
	}

	/** Transfers it to another agency in force, whose 15 working days start now. */
	@Transactional
	public Feedback transfer(UUID id, long version, CurrentUser user, @Nullable UUID agencyId,
			@Nullable String reason) {
		Feedback f = handled(id, user, FeedbackAction.TRANSFER);
		LocalDate today = LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
		AgencySummary target = agencyId == null ? null
				: organization.findAgency(new AgencyId(agencyId)).filter(a -> inForce(a, today)).orElse(null);
		if (target == null) {
			throw new FeedbackException("feedback.error.agency");
		}
		return change(f, version, user, "feedback.transferred",
				now -> f.transfer(target.id().value(), target.name(), nonNull(reason), now, deadlines));
	}

	@Transactional
	public Feedback answer(UUID id, long version, CurrentUser user, @Nullable String text) {
		Feedback f = handled(id, user, FeedbackAction.ANSWER);
		return change(f, version, user, "feedback.answered",
				now -> f.answer(nonNull(text), user.accountId().value(), user.displayName(), now, deadlines));
	}

	/** Approves and publishes the answer on the portal. */
	@Transactional
	public Feedback publish(UUID id, long version, CurrentUser user) {
		Feedback f = handled(id, user, FeedbackAction.PUBLISH);
		Feedback done = change(f, version, user, "feedback.published", now -> f.publish(user.displayName(), now));
		events.publishEvent(new FeedbackAnswerPublished(f.id, f.code, f.agencyId, f.submitter.accountId(),
				f.publishedAt, Boolean.TRUE.equals(f.onTime)));
		return done;
	}

	// --- queries

	/** An item the person may see in the back office: of an agency they handle for, or any for an administrator. */
	@Transactional(readOnly = true)
	public Optional<Feedback> visible(UUID id, CurrentUser user) {
		return store.find(id).filter(f -> mayHandle(user, f.agencyId) || user.provinceWide(Role.ADMINISTRATOR));
	}

	/** A published item by its code, for the public page. */
	@Transactional(readOnly = true)
	public Optional<Feedback> published(String code) {
		return store.findByCode(code).filter(f -> f.status == FeedbackStatus.PUBLISHED);
	}

	/** The citizen's own item by its code. */
	@Transactional(readOnly = true)
	public Optional<Feedback> own(String code, CurrentUser citizen) {
		return store.findByCode(code).filter(f -> citizen.accountId().value().equals(f.submitter.accountId()));
	}

	@Transactional(readOnly = true)
	public List<HistoryLine> history(UUID id) {
		return store.history(id);
	}

	/** The account's vote on a published item: 1, -1 or 0. */
	@Transactional(readOnly = true)
	public int voteOf(UUID feedbackId, CurrentUser user) {
		return store.voteOf(feedbackId, user.accountId().value());
	}

	/** The staff actions this person may take on the item now. */
	public List<FeedbackAction> available(Feedback f, CurrentUser user) {
		if (!mayHandle(user, f.agencyId)) {
			return List.of();
		}
		return f.actionsByStatus()
			.stream()
			.filter(a -> a != FeedbackAction.PUBLISH || mayPublish(user, f.agencyId))
			.toList();
	}

	/** Staff who may be given an item of the agency, by name. */
	@Transactional(readOnly = true)
	public List<Officer> handlers(UUID agencyId) {
		var byId = new LinkedHashMap<UUID, Officer>();
		for (Role role : HANDLERS) {
			accounts.officers(role, agencyId).forEach(o -> byId.putIfAbsent(o.id(), o));
		}
		return byId.values().stream().sorted((a, b) -> a.displayName().compareTo(b.displayName())).toList();
	}

	/** Agencies in force today, by name: the submission form's and the transfer's choices. */
	@Transactional(readOnly = true)
	public List<AgencySummary> agencies() {
		return organization.currentAgencies(LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE));
	}

	public static boolean mayHandle(CurrentUser user, UUID agencyId) {
		return HANDLERS.stream().anyMatch(role -> user.canActFor(role, agencyId));
	}

	public static boolean mayPublish(CurrentUser user, UUID agencyId) {
		return PUBLISHERS.stream().anyMatch(role -> user.canActFor(role, agencyId));
	}

	// --- plumbing

	private Feedback handled(UUID id, CurrentUser user, FeedbackAction action) {
		Feedback f = store.find(id).orElseThrow(() -> new FeedbackException("feedback.error.notFound"));
		boolean allowed = action == FeedbackAction.PUBLISH ? mayPublish(user, f.agencyId) : mayHandle(user, f.agencyId);
		if (!allowed) {
			throw new FeedbackException("feedback.error.forbidden", action);
		}
		return f;
	}

	private Feedback change(Feedback f, long version, CurrentUser user, String auditAction, Consumer<Instant> transition) {
		if (f.version != version) {
			throw new FeedbackException(FeedbackException.STALE);
		}
		Instant now = clock.instant();
		FeedbackStatus before = f.status;
		transition.accept(now);
		store.update(f, now, user.accountId().value(), user.displayName());
		audit.record(user.username(), auditAction, "Feedback", f.id.toString(),
				details("code", f.code, "from", before, "to", f.status, "agency", f.agencyId));
		return f;
	}

	private @Nullable ProcedureVersion procedure(@Nullable String code, Instant now) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			ProcedureSummary summary = catalog.findProcedureByCode(ProcedureCode.parse(code))
				.orElseThrow(() -> new FeedbackException("feedback.error.procedure", code.strip()));
			return catalog.versionInForce(summary.id(), now)
				.or(() -> catalog.latestVersion(summary.id()))
				.orElseThrow(() -> new FeedbackException("feedback.error.procedure", code.strip()));
		}
		catch (CatalogException ex) {
			throw new FeedbackException("feedback.error.procedure", code.strip());
		}
	}

	private static @Nullable String dossierCode(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		try {
			return new DossierCode(code).value();
		}
		catch (DossierException ex) {
			throw new FeedbackException("feedback.error.dossierCode", code.strip());
		}
	}

	private static boolean inForce(AgencySummary agency, LocalDate day) {
		return !agency.validFrom().isAfter(day) && (agency.validTo() == null || !agency.validTo().isBefore(day));
	}

	private static String nonNull(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static Map<String, Object> details(Object... pairs) {
		var map = new LinkedHashMap<String, Object>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			map.put(String.valueOf(pairs[i]), String.valueOf(pairs[i + 1]));
		}
		return map;
	}
}
