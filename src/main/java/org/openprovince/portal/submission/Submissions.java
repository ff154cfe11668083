package org.openprovince.portal.submission;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.AgencyRef;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.EForms;
import org.openprovince.catalog.FieldProblem;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.dossier.Attachment;
import org.openprovince.dossier.CitizenDossiers;
import org.openprovince.dossier.FormEntry;
import org.openprovince.dossier.OnlineApplication;
import org.openprovince.dossier.OwnerKind;
import org.openprovince.identity.AccountService;
import org.openprovince.identity.CurrentUser;
import org.openprovince.portal.submission.Draft.DraftFile;
import org.openprovince.storage.FileStorage;
import org.openprovince.storage.InspectedFile;
import org.openprovince.storage.StoredFile;
import org.openprovince.storage.UploadInspector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Online submission (nộp hồ sơ trực tuyến, spec §3.3 T1) as a sequence of steps over a saved draft:
 * who submits and for whom, the procedure's e-form, one file per required document, review, submit.
 * Every step saves the draft, so the citizen can stop and resume; submitting hands everything to the
 * dossier module in one transaction and removes the draft.
 */
@Service
class Submissions {

	private static final Logger log = LoggerFactory.getLogger(Submissions.class);

	private final DraftStore drafts;

	private final Catalog catalog;

	private final CitizenDossiers dossiers;

	private final AccountService accounts;

	private final FileStorage storage;

	private final UploadInspector uploads;

	private final Clock clock;

	Submissions(DraftStore drafts, Catalog catalog, CitizenDossiers dossiers, AccountService accounts,
			FileStorage storage, UploadInspector uploads, Clock clock) {
		this.drafts = drafts;
		this.catalog = catalog;
		this.dossiers = dossiers;
		this.accounts = accounts;
		this.storage = storage;
		this.uploads = uploads;
		this.clock = clock;
	}

	/** What the procedure asks online: where it can be sent, the e-form, the documents. */
	record Offer(ProcedureVersion version, List<AgencyRef> agencies, List<FormField> fields,
			List<RequiredDocument> documents) {
	}

	/** The procedure version in force, if it takes online submissions. */
	Offer offer(Draft draft) {
		ProcedureVersion version = catalog.versionInForce(draft.procedureId(), clock.instant())
			.orElseThrow(() -> new SubmissionException("portal.submit.error.notOnline", draft.procedureName()));
		return offer(version);
	}

	private static Offer offer(ProcedureVersion version) {
		var content = version.content();
		if (content.onlineLevel() == OnlineLevel.INFORMATION || !content.channels().contains(Channel.ONLINE)
				|| version.agencies().isEmpty()) {
			throw new SubmissionException("portal.submit.error.notOnline", version.name());
		}
		List<AgencyRef> agencies = version.agencies().stream().map(AgencySetup::competent).toList();
		return new Offer(version, agencies, content.formFields(), content.documents());
	}

	/** Starts a draft for the procedure with this national code, prefilled from the citizen's account. */
	@Transactional
	Draft start(CurrentUser citizen, String procedureCode) {
		ProcedureCode code;
		try {
			code = ProcedureCode.of(procedureCode);
		}
		catch (CatalogException ex) {
			throw new SubmissionException("portal.submit.error.noProcedure");
		}
		var procedure = catalog.findProcedureByCode(code)
			.orElseThrow(() -> new SubmissionException("portal.submit.error.noProcedure"));
		ProcedureVersion version = catalog.versionInForce(procedure.id(), clock.instant())
			.orElseThrow(() -> new SubmissionException("portal.submit.error.noProcedure"));
		Offer offer = offer(version);
		UUID account = citizen.accountId().value();
		if (drafts.count(account) >= DraftStore.MAX_DRAFTS) {
			throw new SubmissionException("portal.submit.error.tooManyDrafts", DraftStore.MAX_DRAFTS);
		}
		var profile = accounts.find(citizen.accountId());
		DraftData data = new DraftData(offer.agencies().size() == 1 ? offer.agencies().getFirst().id().value() : null,
				citizen.displayName(), profile.map(a -> a.citizenId()).orElse(null),
				profile.map(a -> a.phone()).orElse(null), profile.map(a -> a.email()).orElse(null), null, "SELF", null,
				null, null, null, Map.of(), 0);
		Instant now = clock.instant();
		Draft draft = new Draft(UUID.randomUUID(), account, procedure.id(), code.value(), version.name(), data,
				List.of(), now, now, 1);
		drafts.insert(draft);
		return draft;
	}

	List<DraftStore.Summary> drafts(CurrentUser citizen) {
		return drafts.list(citizen.accountId().value());
	}

	/** The citizen's draft, or a "not found" refusal. */
	@Transactional(readOnly = true)
	Draft draft(CurrentUser citizen, UUID id) {
		return drafts.find(id, citizen.accountId().value(), false)
			.orElseThrow(() -> new SubmissionException("portal.submit.error.noDraft"));
	}

	/** Saves the applicant step; the caller checked the shape of each value. */
	@Transactional
	Draft saveApplicant(CurrentUser citizen, UUID id, long version, DraftData entered, boolean complete) {
		Draft d = locked(citizen, id, version);
		if (entered.competentAgency() != null && offer(d).agencies()
			.stream()
			.noneMatch(a -> a.id().value().equals(entered.competentAgency()))) {
			throw new SubmissionException("portal.submit.error.agency");
		}
		DraftData data = d.data()
			.withApplicant(entered.competentAgency(), entered.fullName(), entered.idNumber(), entered.phone(),
					entered.email(), entered.address(), entered.onBehalf(), entered.ownerName(), entered.ownerIdNumber(),
					entered.ownerAddress(), entered.summary());
		return save(d, complete ? data.reached(1) : data);
	}

	/** Saves the e-form values as typed and returns the problems (empty when the step is complete). */
	@Transactional
	List<FieldProblem> saveForm(CurrentUser citizen, UUID id, long version, Map<String, String> raw) {
		Draft d = locked(citizen, id, version);
		List<FormField> fields = offer(d).fields();
		Map<String, String> values = new LinkedHashMap<>();
		for (FormField f : fields) {
			String v = raw.get(f.key());
			if (v != null) {
				values.put(f.key(), v.length() > 2_000 ? v.substring(0, 2_000) : v);
			}
		}
		List<FieldProblem> problems = EForms.check(fields, values);
		DraftData data = d.data().withForm(values);
		save(d, problems.isEmpty() ? data.reached(2) : data);
		return problems;
	}

	/**
	 * Keeps the file for the required document at {@code index}, after reading its type from the
	 * content; replaces an earlier file for the same document.
	 *
	 * @throws org.openprovince.storage.UploadRefusedException with the reason when the file is refused
	 */
	@Transactional
	Draft upload(CurrentUser citizen, UUID id, long version, int index, @Nullable String fileName, byte[] content) {
		Draft d = locked(citizen, id, version);
		if (index < 0 || index >= offer(d).documents().size()) {
			throw new SubmissionException("portal.submit.error.document");
		}
		InspectedFile file = uploads.inspect(fileName, content);
		StoredFile stored = storage.store(file.content(), file.contentType());
		deleteOnRollback(stored.key());
		String replaced = drafts.putFile(d.id(), new DraftFile(index, stored.key(), file.safeName(), file.contentType(),
				stored.size(), stored.sha256(), clock.instant()));
		if (replaced != null) {
			deleteAfterCommit(List.of(replaced));
		}
		return save(d, d.data());
	}

	@Transactional
	Draft removeFile(CurrentUser citizen, UUID id, long version, int index) {
		Draft d = locked(citizen, id, version);
		String key = drafts.removeFile(d.id(), index);
		if (key != null) {
			deleteAfterCommit(List.of(key));
		}
		return save(d, d.data());
	}

	/** Marks the files step done when every mandatory document has its file. */
	@Transactional
	Draft filesDone(CurrentUser citizen, UUID id, long version) {
		Draft d = locked(citizen, id, version);
		List<String> missing = missingDocuments(d, offer(d));
		if (!missing.isEmpty()) {
			throw new SubmissionException("portal.submit.error.missingFiles", String.join("; ", missing));
		}
		return save(d, d.data().reached(3));
	}

	/** The mandatory documents that have no file yet. */
	static List<String> missingDocuments(Draft d, Offer offer) {
		List<String> missing = new ArrayList<>();
		List<RequiredDocument> documents = offer.documents();
		for (int i = 0; i < documents.size(); i++) {
			if (documents.get(i).mandatory() && d.file(i) == null) {
				missing.add(documents.get(i).name());
			}
		}
		return missing;
	}

	/**
	 * Submits the draft: everything is checked again, the dossier is created with its code (status 1),
	 * and the draft and its stored files go.
	 */
	@Transactional
	CitizenDossiers.Submitted submit(CurrentUser citizen, UUID id, long version) {
		Draft d = locked(citizen, id, version);
		Offer offer = offer(d);
		DraftData data = d.data();
		if (data.reached() < 3 || data.competentAgency() == null) {
			throw new SubmissionException("portal.submit.error.incomplete");
		}
		List<String> missing = missingDocuments(d, offer);
		if (!missing.isEmpty()) {
			throw new SubmissionException("portal.submit.error.missingFiles", String.join("; ", missing));
		}
		if (!EForms.check(offer.fields(), data.form()).isEmpty()) {
			throw new SubmissionException("portal.submit.error.form");
		}
		List<FormEntry> form = new ArrayList<>();
		EForms.normalise(offer.fields(), data.form()).forEach((key, value) -> {
			FormField field = offer.fields().stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
			if (!value.isEmpty()) {
				form.add(new FormEntry(key, field.label(), value));
			}
		});
		List<OnlineApplication.Component> components = new ArrayList<>();
		for (DraftFile f : d.files()) {
			if (f.index() < offer.documents().size()) {
				components.add(new OnlineApplication.Component(offer.documents().get(f.index()).name(),
						new Attachment(f.fileName(), f.contentType(), storage.read(f.storageKey()))));
			}
		}
		OnlineApplication.Owner owner = switch (data.onBehalf()) {
			case "PERSON" -> new OnlineApplication.Owner(OwnerKind.PERSON, Objects.requireNonNullElse(data.ownerName(), ""),
					data.ownerIdNumber(), data.ownerAddress());
			case "ORGANISATION" -> new OnlineApplication.Owner(OwnerKind.ORGANISATION,
					Objects.requireNonNullElse(data.ownerName(), ""), data.ownerIdNumber(), data.ownerAddress());
			default -> null;
		};
		var submitted = dossiers.submit(citizen,
				new OnlineApplication(d.procedureId(), new org.openprovince.organization.AgencyId(data.competentAgency()),
						new OnlineApplication.Person(Objects.requireNonNullElse(data.fullName(), ""), data.idNumber(),
								data.phone(), data.email(), data.address()),
						owner, data.summary(), form, components));
		deleteAfterCommit(drafts.delete(d.id()));
		return submitted;
	}

	@Transactional
	void delete(CurrentUser citizen, UUID id) {
		Draft d = drafts.find(id, citizen.accountId().value(), true)
			.orElseThrow(() -> new SubmissionException("portal.submit.error.noDraft"));
		deleteAfterCommit(drafts.delete(d.id()));
	}

	private Draft locked(CurrentUser citizen, UUID id, long version) {
		Draft d = drafts.find(id, citizen.accountId().value(), true)
			.orElseThrow(() -> new SubmissionException("portal.submit.error.noDraft"));
		if (d.version() != version) {
			throw new SubmissionException("portal.submit.error.stale");
		}
		return d;
	}

	private Draft save(Draft d, DraftData data) {
		Instant now = clock.instant();
		if (!drafts.update(d.id(), data, now, d.version())) {
			throw new SubmissionException("portal.submit.error.stale");
		}
		return drafts.find(d.id(), d.accountId(), false).orElseThrow();
	}

	private void deleteAfterCommit(List<String> keys) {
		if (keys.isEmpty()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				keys.forEach(Submissions.this::deleteQuietly);
			}
		});
	}

	private void deleteOnRollback(String key) {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				if (status != STATUS_COMMITTED) {
					deleteQuietly(key);
				}
			}
		});
	}

	private void deleteQuietly(String key) {
		try {
			storage.delete(key);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete stored file {} of a draft: {}", key, ex.toString());
		}
	}
}
