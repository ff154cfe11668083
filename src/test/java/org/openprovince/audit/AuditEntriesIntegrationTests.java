package org.openprovince.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit list queries against the real database. Each test records its own entries under a
 * fresh target id and rolls them back, so it neither sees nor leaves anything behind.
 */
@SpringBootTest
@Transactional
class AuditEntriesIntegrationTests {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditEntries entries;

	@Autowired
	JdbcClient jdbc;

	final String target = UUID.randomUUID().toString();

	@Test
	void pagesNewestFirstByKeysetWithoutOverlap() {
		for (int i = 0; i < 5; i++) {
			trail.record("tester", "audit.test.paged", "Probe", target, Map.of("i", i));
		}
		List<Long> all = seqs(entries.page(filter(null, null, null, null, null), 10));

		AuditPage first = entries.page(filter(null, null, null, null, null), 2);
		AuditPage second = entries.page(filter(null, null, null, null, first.nextBefore()), 2);
		AuditPage third = entries.page(filter(null, null, null, null, second.nextBefore()), 2);

		assertThat(all).hasSize(5).isSortedAccordingTo((a, b) -> Long.compare(b, a));
		assertThat(seqs(first)).isEqualTo(all.subList(0, 2));
		assertThat(seqs(second)).isEqualTo(all.subList(2, 4));
		assertThat(seqs(third)).isEqualTo(all.subList(4, 5));
		assertThat(third.nextBefore()).isNull();
	}

	@Test
	void matchesActorAndActionPrefixesWithWildcardsTakenLiterally() {
		trail.record("lan_anh", "audit.test.q.created", "Probe", target, Map.of());
		trail.record("lanXanh", "audit.test.q.deleted", "Probe", target, Map.of());
		trail.record("lan_anh", "audit.test.qx", "Probe", target, Map.of());

		assertThat(entries.page(filter("lan_*", null, null, null, null), 10).entries())
			.extracting(e -> e.content().action())
			.containsExactly("audit.test.qx", "audit.test.q.created");
		assertThat(entries.page(filter("lan_anh", "audit.test.q.", null, null, null), 10).entries())
			.extracting(e -> e.content().action())
			.containsExactly("audit.test.q.created");
		assertThat(entries.page(filter("lan", null, null, null, null), 10).entries()).isEmpty();
		assertThat(entries.page(filter(null, "audit.test.q%", null, null, null), 10).entries()).isEmpty();
	}

	@Test
	void datesAreWholeDaysInVietnamTime() {
		// Later than every real entry and in sequence order, as appended entries are.
		for (String utc : List.of("2099-11-20T16:59:59.999999Z", "2099-11-20T17:00:00Z", "2099-11-21T16:59:59.999999Z",
				"2099-11-21T17:00:00Z")) {
			trail.record("tester", "audit.test.dated", "Probe", target, Map.of("at", utc));
			jdbc.sql("update audit_entry set occurred_at = ? where seq = (select max(seq) from audit_entry)")
				.param(OffsetDateTime.parse(utc))
				.update();
		}
		LocalDate day = LocalDate.of(2099, 11, 21);

		assertThat(entries.page(filter(null, null, day, day, null), 10).entries())
			.extracting(e -> e.content().details())
			.containsExactly("{\"at\":\"2099-11-21T16:59:59.999999Z\"}", "{\"at\":\"2099-11-20T17:00:00Z\"}");
	}

	private AuditQuery filter(@Nullable String actor, @Nullable String action, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable Long before) {
		return new AuditFilter(actor, action, "Probe", target, null, from, to, before).toQuery();
	}

	private static List<Long> seqs(AuditPage page) {
		return page.entries().stream().map(AuditEntry::seq).toList();
	}
}
