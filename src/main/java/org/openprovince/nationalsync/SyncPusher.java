package org.openprovince.nationalsync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierQueries;
import org.openprovince.dossier.DossierRecord;
import org.openprovince.dossier.DossierRecord.Step;
import org.openprovince.nationalsync.HoSoPayload.ProcedureFacts;
import org.openprovince.nationalsync.PortalClient.Verdict;
import org.openprovince.nationalsync.SyncLedger.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One push: claims a batch of due dossiers (locked until the transaction ends, so no other node sends
 * them meanwhile), sends their newest state in one {@code DongBoHoSoMC} request, then their new progress
 * rows in one {@code CapNhatTienDoHoSoMC} request, and records each dossier's outcome with the
 * {@link DossierSynced} events in the same transaction. A node dying mid-push leaves the rows as they
 * were: they are sent again.
 */
@Service
class SyncPusher {

	private static final Logger log = LoggerFactory.getLogger(SyncPusher.class);

	/** A claimed dossier on its way. */
	private static final class Work {

		final Row row;

		final DossierRecord record;

		final DossierCode code;

		final List<Step> newSteps;

		final boolean sendDossier;

		@Nullable Long ackedVersion;

		@Nullable Integer ackedSeq;

		@Nullable String failure;

		boolean invalid;

		Work(Row row, DossierRecord record, DossierCode code) {
			this.row = row;
			this.record = record;
			this.code = code;
			this.newSteps = record.history().stream().filter(step -> step.seq() > row.progressSyncedSeq()).toList();
			this.sendDossier = record.snapshot().version() > row.syncedVersion();
		}
	}

	private final SyncLedger ledger;

	private final DossierQueries dossiers;

	private final Catalog catalog;

	private final PortalClient portal;

	private final HoSoPayload payload;

	private final Backoff backoff;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SyncPusher(SyncLedger ledger, DossierQueries dossiers, Catalog catalog, PortalClient portal, JsonMapper json,
			NationalSyncSettings settings, ApplicationEventPublisher events, Clock clock) {
		this.ledger = ledger;
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.portal = portal;
		this.payload = new HoSoPayload(json, settings.publicBaseUrl());
		this.backoff = Backoff.of(settings.backoff());
		this.events = events;
		this.clock = clock;
	}

	/** @return how many dossiers were claimed (fewer than {@code limit}: nothing more is due now) */
	@Transactional
	int pushDue(int limit) {
		List<Row> rows = ledger.claimDue(limit);
		if (rows.isEmpty()) {
			return 0;
		}
		long started = System.nanoTime();
		Map<String, Work> batch = new LinkedHashMap<>();
		for (Row row : rows) {
			Optional<DossierRecord> record = dossiers.record(row.id());
			if (record.isEmpty() || record.get().snapshot().code() == null || record.get().snapshot().receivedAt() == null) {
				ledger.markNotApplicable(row.id());
				continue;
			}
			DossierCode code = record.get().snapshot().code();
			batch.put(code.value(), new Work(row, record.get(), code));
		}
		sendDossiers(batch);
		sendProgress(batch);
		Instant now = clock.instant();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		for (Work work : batch.values()) {
			record(work, now, took);
		}
		return rows.size();
	}

	private void sendDossiers(Map<String, Work> batch) {
		List<Work> sending = batch.values().stream().filter(work -> work.sendDossier).toList();
		if (sending.isEmpty()) {
			return;
		}
		List<ObjectNode> data = new ArrayList<>();
		for (Work work : sending) {
			data.add(payload.hoSo(work.record, procedure(work.record)));
		}
		Map<String, Verdict> verdicts;
		try {
			verdicts = portal.syncDossiers(data);
		}
		catch (PortalUnavailableException ex) {
			sending.forEach(work -> work.failure = ex.getMessage());
			return;
		}
		for (Work work : sending) {
			Verdict verdict = verdicts.get(work.code.value());
			if (verdict == null) {
				work.failure = "DongBoHoSoMC: không có kết quả cho hồ sơ";
			}
			else if (verdict.accepted()) {
				work.ackedVersion = work.record.snapshot().version();
			}
			else {
				// "02": the payload is invalid; other codes: the portal could not store it now.
				work.invalid = "02".equals(verdict.code());
				work.failure = verdict.code() + ": " + verdict.message();
			}
		}
	}

	private void sendProgress(Map<String, Work> batch) {
		// Progress rows of a dossier the portal does not hold would be refused ("03").
		List<Work> sending = batch.values()
			.stream()
			.filter(work -> work.failure == null && !work.newSteps.isEmpty())
			.toList();
		if (sending.isEmpty()) {
			return;
		}
		List<ObjectNode> data = new ArrayList<>();
		sending.forEach(work -> work.newSteps.forEach(step -> data.add(payload.progress(work.code, step))));
		Map<String, List<Verdict>> verdicts;
		try {
			verdicts = portal.syncProgress(data);
		}
		catch (PortalUnavailableException ex) {
			sending.forEach(work -> work.failure = ex.getMessage());
			return;
		}
		for (Work work : sending) {
			List<Verdict> answers = verdicts.getOrDefault(work.code.value(), List.of());
			Optional<Verdict> refused = answers.stream().filter(verdict -> !verdict.accepted()).findFirst();
			if (answers.isEmpty()) {
				work.failure = "CapNhatTienDoHoSoMC: không có kết quả cho hồ sơ";
			}
			else if (refused.isPresent()) {
				work.invalid = "02".equals(refused.get().code());
				work.failure = refused.get().code() + ": " + refused.get().message();
			}
			else {
				work.ackedSeq = work.newSteps.getLast().seq();
			}
		}
	}

	private void record(Work work, Instant now, Duration took) {
		SyncState outcome;
		int attempts;
		Instant next = null;
		if (work.failure == null) {
			outcome = SyncState.SYNCED;
			attempts = 0;
		}
		else if (work.invalid) {
			outcome = SyncState.INVALID;
			attempts = work.row.attempts() + 1;
		}
		else {
			outcome = SyncState.FAILING;
			attempts = work.row.attempts() + 1;
			next = now.plus(backoff.after(attempts));
		}
		ledger.mark(work.row.id(), work.ackedVersion, work.ackedSeq, outcome, attempts, next, work.failure, now);
		if (work.ackedVersion != null) {
			events.publishEvent(new DossierSynced(work.row.id(), work.code, work.ackedVersion, now));
		}
		log.atInfo()
			.addKeyValue("code", work.code.value())
			.addKeyValue("version", work.record.snapshot().version())
			.addKeyValue("attempt", work.row.attempts() + 1)
			.addKeyValue("outcome", outcome.name())
			.addKeyValue("durationMs", took.toMillis())
			.log("National sync {} v{} attempt {}: {}{} ({} ms)", work.code, work.record.snapshot().version(),
					work.row.attempts() + 1, outcome, work.failure == null ? "" : " " + work.failure, took.toMillis());
	}

	private ProcedureFacts procedure(DossierRecord record) {
		var s = record.snapshot();
		Instant at = s.receivedAt() == null ? s.changedAt() : s.receivedAt();
		return catalog.versionInForce(s.procedureId(), at)
			.map(ProcedureVersion::content)
			.map(content -> new ProcedureFacts(content.field(), content.fees()))
			.orElse(ProcedureFacts.NONE);
	}
}
