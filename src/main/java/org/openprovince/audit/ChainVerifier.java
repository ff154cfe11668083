package org.openprovince.audit;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.ChainVerification.Broken;
import org.openprovince.audit.ChainVerification.Intact;
import org.openprovince.audit.ChainVerification.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the whole audit chain in sequence order and reports the first entry that was edited,
 * removed or cut off. Entries are read in keyset batches, so memory stays flat however long the
 * chain is.
 */
@Service
class ChainVerifier {

	static final String VERIFIED_ACTION = "audit.chain.verified";

	private static final Logger LOG = LoggerFactory.getLogger(ChainVerifier.class);
	private static final int DEFAULT_BATCH_SIZE = 1000;

	private final JdbcClient jdbc;
	private final TransactionTemplate snapshot;
	private final AuditTrail trail;
	private final int batchSize;

	@Autowired
	ChainVerifier(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail trail) {
		this(jdbc, transactions, trail, DEFAULT_BATCH_SIZE);
	}

	ChainVerifier(JdbcClient jdbc, PlatformTransactionManager transactions, AuditTrail trail, int batchSize) {
		this.jdbc = jdbc;
		this.trail = trail;
		this.batchSize = batchSize;
		// One snapshot for all batches and the head: entries appended meanwhile are neither half-seen
		// nor mistaken for a head mismatch.
		this.snapshot = new TransactionTemplate(transactions);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** Verifies the chain and records that it was verified, with the outcome, in the chain itself. */
	ChainVerification verifyAndRecord() {
		ChainVerification result = verify();
		Map<String, Object> details = switch (result) {
			case Intact intact -> Map.of("result", "INTACT", "checked", intact.checked());
			case Broken broken -> Map.of("result", broken.reason().name(), "seq", broken.seq());
		};
		trail.record(VERIFIED_ACTION, "AuditChain", null, details);
		return result;
	}

	/** Verifies the chain without writing anything. */
	ChainVerification verify() {
		ChainVerification result = Objects.requireNonNull(snapshot.execute(status -> walk()));
		switch (result) {
			case Intact intact -> LOG.atInfo()
				.setMessage("Audit chain intact")
				.addKeyValue("checked", intact.checked())
				.log();
			case Broken broken -> LOG.atWarn()
				.setMessage("Audit chain broken")
				.addKeyValue("seq", broken.seq())
				.addKeyValue("reason", broken.reason())
				.log();
		}
		return result;
	}

	private ChainVerification walk() {
		Head head = jdbc.sql("select last_seq, hash from audit_chain_head where id = 1")
			.query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("hash")))
			.optional()
			.orElse(Head.EMPTY);
		String expectedPrevious = AuditTrail.GENESIS;
		long lastSeq = 0;
		long checked = 0;
		List<AuditEntry> batch;
		do {
			batch = jdbc.sql("select " + AuditEntry.COLUMNS + " from audit_entry where seq > ? order by seq limit ?")
				.params(lastSeq, batchSize)
				.query(AuditEntry.MAPPER)
				.list();
			for (AuditEntry entry : batch) {
				Reason problem = check(entry, expectedPrevious, head);
				if (problem != null) {
					return new Broken(entry.seq(), problem);
				}
				expectedPrevious = entry.hash();
				lastSeq = entry.seq();
				checked++;
			}
		}
		while (batch.size() == batchSize);
		if (lastSeq != head.lastSeq()) {
			return new Broken(head.lastSeq(), Reason.HEAD_MISMATCH);
		}
		return new Intact(checked);
	}

	private static @Nullable Reason check(AuditEntry entry, String expectedPrevious, Head head) {
		// The entry's own hash first: an edited row is reported as edited, not as a broken link.
		if (!entry.content().hash(entry.prevHash()).equals(entry.hash())) {
			return Reason.HASH_MISMATCH;
		}
		if (!entry.prevHash().equals(expectedPrevious)) {
			return Reason.LINK_BROKEN;
		}
		if (entry.seq() > head.lastSeq() || entry.seq() == head.lastSeq() && !entry.hash().equals(head.hash())) {
			return Reason.HEAD_MISMATCH;
		}
		return null;
	}

	private record Head(long lastSeq, String hash) {

		static final Head EMPTY = new Head(0, AuditTrail.GENESIS);
	}
}
