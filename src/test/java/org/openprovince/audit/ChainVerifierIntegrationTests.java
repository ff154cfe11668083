package org.openprovince.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.openprovince.audit.ChainVerification.Broken;
import org.openprovince.audit.ChainVerification.Intact;
import org.openprovince.audit.ChainVerification.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain check against the real database. Other test classes write audit entries into the same
 * database, so nothing here assumes an empty table. Tampering happens only inside a test
 * transaction that is rolled back, so no other test ever sees a broken chain.
 */
@SpringBootTest
class ChainVerifierIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	ChainVerifier verifier;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void recordedEntriesVerifyIntact() {
		List<Long> seqs = recordThree();

		assertThat(verifier.verify()).isEqualTo(new Intact(entryCount()));
		assertThat(seqs).isSorted().doesNotHaveDuplicates();
	}

	@Test
	void smallBatchesWalkTheSameChain() {
		recordThree();
		var smallBatches = new ChainVerifier(jdbc, transactions, trail, 2);

		assertThat(smallBatches.verify()).isEqualTo(new Intact(entryCount()));
	}

	@Test
	@Transactional
	void editedEntryIsReportedAsHashMismatch() {
		long edited = recordThree().get(1);

		jdbc.sql("update audit_entry set actor = 'mallory' where seq = ?").param(edited).update();

		assertThat(verifier.verify()).isEqualTo(new Broken(edited, Reason.HASH_MISMATCH));
	}

	@Test
	@Transactional
	void editedAndRehashedEntryBreaksTheNextLink() {
		List<Long> seqs = recordThree();
		AuditEntry original = load(seqs.get(1));
		var forged = new AuditEntryContent(original.content().occurredAt(), "mallory", original.content().action(),
				original.content().targetType(), original.content().targetId(), original.content().details(),
				original.content().clientAddress(), original.content().correlationId());

		jdbc.sql("update audit_entry set actor = 'mallory', hash = ? where seq = ?")
			.params(forged.hash(original.prevHash()), original.seq())
			.update();

		assertThat(verifier.verify()).isEqualTo(new Broken(seqs.get(2), Reason.LINK_BROKEN));
	}

	@Test
	@Transactional
	void deletedMiddleEntryBreaksTheNextLink() {
		List<Long> seqs = recordThree();

		jdbc.sql("delete from audit_entry where seq = ?").param(seqs.get(1)).update();

		assertThat(verifier.verify()).isEqualTo(new Broken(seqs.get(2), Reason.LINK_BROKEN));
	}

	@Test
	@Transactional
	void deletedNewestEntryIsReportedAtTheHead() {
		long newest = recordThree().get(2);

		jdbc.sql("delete from audit_entry where seq = ?").param(newest).update();

		assertThat(verifier.verify()).isEqualTo(new Broken(newest, Reason.HEAD_MISMATCH));
	}

	@Test
	void concurrentWritersKeepTheChainIntact() throws Exception {
		String run = UUID.randomUUID().toString();
		var tx = new TransactionTemplate(transactions);
		var start = new CountDownLatch(1);
		List<Future<?>> writers = new ArrayList<>();
		try (var pool = Executors.newFixedThreadPool(8)) {
			for (int writer = 0; writer < 8; writer++) {
				int w = writer;
				writers.add(pool.submit(() -> {
					start.await();
					for (int i = 0; i < 25; i++) {
						String id = run + "/" + w + "/" + i;
						tx.executeWithoutResult(status -> trail.record("writer-" + w, "audit.test.concurrent",
								"ConcurrencyProbe", id, Map.of("i", id)));
					}
					return null;
				}));
			}
			start.countDown();
			for (Future<?> writer : writers) {
				writer.get();
			}
		}

		assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'ConcurrencyProbe' and target_id like ?")
			.param(run + "/%")
			.query(Long.class)
			.single()).isEqualTo(200);
		assertThat(verifier.verify()).isEqualTo(new Intact(entryCount()));
	}

	@Test
	void verificationIsItselfAudited() {
		ChainVerification result = verifier.verifyAndRecord();

		AuditEntry newest = jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry order by seq desc limit 1")
			.query(AuditEntry.MAPPER)
			.single();
		assertThat(result).isInstanceOf(Intact.class);
		assertThat(newest.content().action()).isEqualTo(ChainVerifier.VERIFIED_ACTION);
		assertThat(newest.content().details())
			.isEqualTo("{\"checked\":" + ((Intact) result).checked() + ",\"result\":\"INTACT\"}");
	}

	private List<Long> recordThree() {
		String target = UUID.randomUUID().toString();
		for (int i = 0; i < 3; i++) {
			trail.record("tester", "audit.test.recorded", "Probe", target, Map.of("step", i, "note", "Thử nghiệm"));
		}
		return jdbc.sql("select seq from audit_entry where target_type = 'Probe' and target_id = ? order by seq")
			.param(target)
			.query(Long.class)
			.list();
	}

	private AuditEntry load(long seq) {
		return jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry where seq = ?")
			.param(seq)
			.query(AuditEntry.MAPPER)
			.single();
	}

	private long entryCount() {
		return jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
	}
}
