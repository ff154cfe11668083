package org.openprovince.nationalsync;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.organization.AgencyId;
import org.openprovince.nationalsync.SyncLedger.Row;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The sync state machine on the embedded PostgreSQL: versions only move forward, a dossier is sent only
 * once received (spec §9.3), failures keep their delay, refusals wait for a change, and two workers never
 * claim the same dossier. (No server port in this context, so the worker itself stays idle.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class SyncLedgerIntegrationTests {

	static final Instant T0 = Instant.parse("2026-11-20T01:30:00Z");

	@Autowired
	SyncLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	static int sequence;

	static DossierSnapshot snapshot(DossierId id, DossierCode code, long version, @Nullable Instant receivedAt) {
		return new DossierSnapshot(id, receivedAt == null ? null : code, version, T0.plusSeconds(version),
				new ProcedureId(UUID.randomUUID()), "1.001234", "Thủ tục", new AgencyId(UUID.randomUUID()),
				new AgencyId(UUID.randomUUID()), Channel.ONLINE, receivedAt == null ? DvcqgStatus.SUBMITTED
						: DvcqgStatus.RECEIVED, false, T0, receivedAt, null, null, null, null, 0, Duration.ZERO, null, false,
				false, 1, 0, false, null, true);
	}

	static synchronized DossierCode newCode() {
		return new DossierCode(String.format("000.00.77.H99-261120-%04d", ++sequence + 1000 * (int) (Math.random() * 9)));
	}

	Row row(DossierId id) {
		return ledger.find(id).orElseThrow();
	}

	@Test
	void sendsOnlyOnceReceivedAndIgnoresStaleVersions() {
		DossierId id = new DossierId(UUID.randomUUID());
		DossierCode code = newCode();
		assertThat(ledger.record(snapshot(id, code, 1, null))).isFalse();
		assertThat(row(id).state()).isEqualTo(SyncState.NOT_APPLICABLE);

		assertThat(ledger.record(snapshot(id, code, 3, T0))).isTrue();
		assertThat(row(id).state()).isEqualTo(SyncState.PENDING);
		assertThat(row(id).wantedVersion()).isEqualTo(3);
		assertThat(jdbc.sql("select received_day, unit_code from nsync_dossier where dossier_id = ?").param(id.value())
			.query((rs, n) -> rs.getObject(1, LocalDate.class) + " " + rs.getString(2)).single())
			.isEqualTo("2026-11-20 000.00.77.H99");

		// Late and redelivered events change nothing.
		assertThat(ledger.record(snapshot(id, code, 2, T0))).isFalse();
		assertThat(ledger.record(snapshot(id, code, 3, T0))).isFalse();
		assertThat(row(id).wantedVersion()).isEqualTo(3);
	}

	@Test
	void aDossierRefusedBeforeReceptionIsNeverSent() {
		DossierId id = new DossierId(UUID.randomUUID());
		DossierCode code = newCode();
		ledger.record(snapshot(id, code, 1, null));
		var refused = snapshot(id, code, 2, null);
		ledger.record(new DossierSnapshot(refused.id(), null, 2, refused.changedAt(), refused.procedureId(),
				refused.procedureCode(), refused.procedureName(), refused.receivingAgency(), refused.competentAgency(),
				refused.channel(), DvcqgStatus.REFUSED, true, T0, null, null, null, T0, null, 0, Duration.ZERO, null, false,
				false, 1, 0, false, null, true));
		assertThat(row(id).state()).isEqualTo(SyncState.NOT_APPLICABLE);
		assertThat(jdbc.sql("select count(*) from nsync_dossier where dossier_id = ? and next_attempt_at is not null")
			.param(id.value()).query(Integer.class).single()).isZero();
	}

	@Test
	void aNewerVersionWhileSendingLeavesTheDossierPending() {
		DossierId id = new DossierId(UUID.randomUUID());
		DossierCode code = newCode();
		ledger.record(snapshot(id, code, 2, T0));
		ledger.record(snapshot(id, code, 4, T0));
		// The worker sent version 3 (read before version 4 committed).
		tx.executeWithoutResult(s -> ledger.mark(id, 3L, 2, SyncState.SYNCED, 0, null, null, Instant.now()));
		assertThat(row(id).state()).isEqualTo(SyncState.PENDING);
		assertThat(row(id).syncedVersion()).isEqualTo(3);
		tx.executeWithoutResult(s -> ledger.mark(id, 4L, 3, SyncState.SYNCED, 0, null, null, Instant.now()));
		assertThat(row(id).state()).isEqualTo(SyncState.SYNCED);
		assertThat(row(id).progressSyncedSeq()).isEqualTo(3);
		// A late event for a version already sent keeps it synced.
		ledger.record(snapshot(id, code, 4, T0));
		assertThat(row(id).state()).isEqualTo(SyncState.SYNCED);
	}

	@Test
	void aFailingDossierKeepsItsDelayAndARefusedOneWaitsForAChange() {
		DossierId failing = new DossierId(UUID.randomUUID());
		DossierCode code = newCode();
		ledger.record(snapshot(failing, code, 1, T0));
		Instant later = Instant.now().plus(Duration.ofMinutes(10));
		tx.executeWithoutResult(s -> ledger.mark(failing, null, null, SyncState.FAILING, 3, later, "HTTP 503", Instant.now()));
		ledger.record(snapshot(failing, code, 2, T0));
		assertThat(row(failing).state()).isEqualTo(SyncState.FAILING);
		assertThat(row(failing).attempts()).isEqualTo(3);
		assertThat(jdbc.sql("select next_attempt_at from nsync_dossier where dossier_id = ?").param(failing.value())
			.query(java.sql.Timestamp.class).single().toInstant()).isCloseTo(later, within(1, ChronoUnit.MILLIS));

		DossierId invalid = new DossierId(UUID.randomUUID());
		DossierCode other = newCode();
		ledger.record(snapshot(invalid, other, 1, T0));
		tx.executeWithoutResult(s -> ledger.mark(invalid, null, null, SyncState.INVALID, 1, null, "02: thiếu MaTTHC",
				Instant.now()));
		assertThat(row(invalid).state()).isEqualTo(SyncState.INVALID);
		ledger.record(snapshot(invalid, other, 2, T0));
		assertThat(row(invalid).state()).isEqualTo(SyncState.PENDING);
		assertThat(row(invalid).attempts()).isZero();
	}

	@Test
	void twoWorkersNeverClaimTheSameDossier() throws Exception {
		List<DossierId> ids = List.of(new DossierId(UUID.randomUUID()), new DossierId(UUID.randomUUID()));
		for (DossierId id : ids) {
			ledger.record(snapshot(id, newCode(), 1, T0));
		}
		CountDownLatch claimed = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		var first = CompletableFuture.supplyAsync(() -> tx.execute(s -> {
			List<Row> rows = ledger.claimDue(10_000);
			claimed.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return rows.stream().map(Row::id).toList();
		}));
		assertThat(claimed.await(10, TimeUnit.SECONDS)).isTrue();
		List<DossierId> second = tx.execute(s -> ledger.claimDue(10_000).stream().map(Row::id).toList());
		release.countDown();
		assertThat(first.get(10, TimeUnit.SECONDS)).containsAll(ids);
		assertThat(second).doesNotContainAnyElementsOf(ids);
	}
}
