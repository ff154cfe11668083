package org.openprovince.nationalsync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.dossier.DossierFixtures;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierQueries;
import org.openprovince.dossier.DossierRecord;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.identity.AccountService;
import org.openprovince.sandboxportal.SandboxPortal;
import org.openprovince.sandboxportal.SandboxPortal.Mode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.event.TransactionalEventListener;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sync end to end, over real HTTP against the sandbox portal on this server's random port, on a
 * database of its own with the demo province (whose 80 dossiers are synced too): the portal failing
 * for a batch of dossiers, then recovering — at the end every dossier is held once at its latest
 * version with all its progress rows, nothing is behind, and the reconciliation page is clean; and a
 * slow portal (read timeout) retried until synced. Small delays so that the backoff shows in seconds.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"openprovince.db.embedded.database=nsync_e2e", "openprovince.national-sync.enabled=true",
		"openprovince.national-sync.interval=200ms", "openprovince.national-sync.batch-size=10",
		"openprovince.national-sync.backoff.base=300ms", "openprovince.national-sync.backoff.max=3s",
		"openprovince.national-sync.timeouts.read=1s" })
@AutoConfigureMockMvc
@DirtiesContext
class NationalSyncEndToEndTests {

	static final Duration PATIENCE = Duration.ofSeconds(120);

	@Autowired
	SandboxPortal sandbox;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierQueries queries;

	@Autowired
	AccountService accounts;

	@Autowired
	NationalSync sync;

	@Autowired
	SyncLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	SyncedEvents synced;

	DossierFixtures fixtures;

	/** The DossierSynced events committed, per dossier. */
	@TestConfiguration
	static class SyncedEvents {

		final java.util.Map<DossierId, List<Long>> versions = new java.util.concurrent.ConcurrentHashMap<>();

		@TransactionalEventListener
		void on(DossierSynced event) {
			versions.computeIfAbsent(event.dossierId(), id -> new java.util.concurrent.CopyOnWriteArrayList<>())
				.add(event.version());
		}

		List<Long> versions(DossierId id) {
			return versions.getOrDefault(id, List.of());
		}
	}

	@BeforeEach
	void setUp() {
		fixtures = new DossierFixtures(accounts, jdbc);
		sandbox.setMode(Mode.NORMAL);
		sandbox.failNext(0);
		// The demo dossiers first: nothing behind before the test starts.
		await().atMost(PATIENCE).until(() -> sync.health().clean());
	}

	@AfterEach
	void backToNormal() {
		sandbox.setMode(Mode.NORMAL);
	}

	@Test
	void aFailingPortalRecoversAndEveryDossierIsSyncedExactlyOnce() throws Exception {
		sandbox.setMode(Mode.FAILING);
		var desk = fixtures.officer("tiepnhan.tinh");
		List<DossierId> ids = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Người nộp số " + i));
			if (i % 3 == 0) {
				d = workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of());
			}
			ids.add(d.id());
		}

		// They pile up as failing, each retried with a growing delay, capped.
		await().atMost(PATIENCE).until(() -> ids.stream()
			.allMatch(id -> ledger.find(id).map(row -> row.state() == SyncState.FAILING && row.attempts() >= 3).orElse(false)));
		assertThat(sync.health().failing()).isGreaterThanOrEqualTo(30);
		Backoff ceiling = new Backoff(Duration.ofMillis(300), Duration.ofSeconds(3), () -> 1.0);
		List<long[]> delays = jdbc.sql("""
				select attempts, (extract(epoch from next_attempt_at - last_attempt_at) * 1000)::bigint
				  from nsync_dossier where state = 'FAILING' and attempts >= 1""")
			.query((rs, n) -> new long[] { rs.getInt(1), rs.getLong(2) })
			.list();
		for (long[] delay : delays) {
			long max = ceiling.ceiling((int) delay[0]).toMillis();
			assertThat(delay[1]).as("delay after %d failures", delay[0]).isBetween(max * 8 / 10 - 1, max + 1);
		}
		assertThat(delays).anySatisfy(delay -> assertThat(delay[1]).isGreaterThan(1_000));
		assertThat(jdbc.sql("select last_error from nsync_dossier where dossier_id = ?").param(ids.getFirst().value())
			.query(String.class).single()).contains("503");
		assertThat(sandbox.held(code(ids.getFirst()))).isEmpty();

		sandbox.setMode(Mode.NORMAL);
		await().atMost(PATIENCE).until(() -> sync.health().clean());

		for (DossierId id : ids) {
			DossierRecord record = queries.record(id).orElseThrow();
			String code = record.snapshot().code().value();
			assertThat(sandbox.acceptedTimes(code)).as(code).isEqualTo(1);
			assertThat(sandbox.held(code).orElseThrow().version()).isEqualTo(record.snapshot().version());
			assertThat(sandbox.progressRows(code)).hasSameSizeAs(record.history());
			assertThat(ledger.find(id).orElseThrow().state()).isEqualTo(SyncState.SYNCED);
		}
		// One DossierSynced per dossier, for its latest version, committed with the state.
		for (DossierId id : ids) {
			assertThat(synced.versions(id)).containsExactly(queries.record(id).orElseThrow().snapshot().version());
		}

		String page = mvc.perform(get(NationalSyncController.PATH).cookie(login("quantri")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Khớp: cổng quốc gia đang lưu đúng và đủ", "id=\"nationalsync-report\"",
				"Không có hồ sơ nào chờ đồng bộ.")
			.doesNotContain("class=\"mismatch\"", "Chưa khớp", "không lấy được");
	}

	@Test
	void anExpiredSessionIsRenewedWithoutLosingAPush() {
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier first = workflow.receiveAtCounter(desk, fixtures.intake("Người nộp trước"));
		await().atMost(PATIENCE).until(() -> ledger.find(first.id()).orElseThrow().state() == SyncState.SYNCED);

		// The portal forgets the client's token: the next push gets "01", a new token, and goes through.
		long before = jdbc.sql("select coalesce(max(seq), 0) from sandbox_request").query(Long.class).single();
		sandbox.expireSessions();
		Dossier second = workflow.receiveAtCounter(desk, fixtures.intake("Người nộp sau"));
		await().atMost(PATIENCE).until(() -> ledger.find(second.id()).orElseThrow().state() == SyncState.SYNCED);
		assertThat(ledger.find(second.id()).orElseThrow().attempts()).isZero();
		assertThat(sandbox.acceptedTimes(second.code().value())).isEqualTo(1);
		List<String> calls = jdbc.sql("select service || ':' || error_code from sandbox_request where seq > ? order by seq")
			.param(before).query(String.class).list();
		assertThat(calls).containsSubsequence("DongBoHoSoMC:01", "LayToken:00", "DongBoHoSoMC:00");
	}

	@Test
	void aSlowPortalIsRetriedUntilSynced() {
		sandbox.setMode(Mode.SLOW, Duration.ofMillis(2_500));
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Người nộp chậm"));
		await().atMost(PATIENCE).until(() -> ledger.find(d.id()).map(row -> row.attempts() >= 1).orElse(false));
		assertThat(jdbc.sql("select last_error from nsync_dossier where dossier_id = ?").param(d.id().value())
			.query(String.class).single()).contains("Timeout");

		sandbox.setMode(Mode.NORMAL);
		await().atMost(PATIENCE).until(() -> ledger.find(d.id()).orElseThrow().state() == SyncState.SYNCED);
		String code = d.code().value();
		assertThat(sandbox.held(code).orElseThrow().version()).isEqualTo(queries.record(d.id()).orElseThrow().snapshot().version());
		assertThat(sandbox.progressRows(code)).isNotEmpty();
	}

	@Test
	void anAdministratorSendsAFailedDossierAgainAtOnce() throws Exception {
		sandbox.setMode(Mode.FAILING);
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Người nộp gửi lại"));
		await().atMost(PATIENCE).until(() -> ledger.find(d.id()).map(row -> row.state() == SyncState.FAILING).orElse(false));
		sandbox.setMode(Mode.NORMAL);
		Cookie[] admin = login("quantri");
		mvc.perform(post(NationalSyncController.PATH + "/retry-failed").cookie(admin).with(csrf()))
			.andExpect(redirectedUrl(NationalSyncController.PATH));
		await().atMost(Duration.ofSeconds(20)).until(() -> ledger.find(d.id()).orElseThrow().state() == SyncState.SYNCED);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'nationalsync.retriedAll'").query(Long.class)
			.single()).isPositive();
	}

	private String code(DossierId id) {
		return queries.record(id).orElseThrow().snapshot().code().value();
	}

	private Cookie[] login(String username) throws Exception {
		return mvc.perform(post("/office/login").param("username", username).param("password", "Demo@2025").with(csrf()))
			.andExpect(redirectedUrl("/office"))
			.andReturn()
			.getResponse()
			.getCookies();
	}
}
