package org.openprovince.dossier.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo dossiers as the application loads them at start-up: every national status, some late, and
 * histories that tell a consistent story. Other tests add dossiers of their own at the real time; the
 * demo's are those created before the first dossier audit entry (written when the demo loaded).
 */
@SpringBootTest
class DossierDemoDataIntegrationTests {

	private static final String DEMO =
			" d.created_at < (select min(a.occurred_at) from audit_entry a where a.action like 'dossier.%') ";

	@Autowired
	JdbcClient jdbc;

	@Test
	void coversEveryNationalStatus() {
		List<Integer> statuses = jdbc.sql("select distinct status from dossier d where " + DEMO + " order by 1")
			.query(Integer.class)
			.list();

		assertThat(statuses).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
		assertThat(jdbc.sql("select count(*) from dossier d where " + DEMO).query(Integer.class).single())
			.isGreaterThanOrEqualTo(60);
	}

	@Test
	void leavesSomeDossiersLateAndSomeOpenPastTheirDueDate() {
		Timestamp now = Timestamp.from(Instant.now());
		int openPastDue = jdbc.sql("select count(*) from dossier d where status in (2, 4) and due_at < ? and " + DEMO)
			.param(now).query(Integer.class).single();
		int finishedLate = jdbc.sql("select count(*) from dossier d where finished_at > due_at and " + DEMO)
			.query(Integer.class).single();
		int apologies = jdbc.sql("select count(*) from dossier d where apologies > 0 and " + DEMO)
			.query(Integer.class).single();
		int refusedAfterAppraisal = jdbc.sql("select count(*) from dossier d where outcome = 'REFUSE' and " + DEMO)
			.query(Integer.class).single();
		int rated = jdbc.sql("select count(*) from dossier d where rating is not null and " + DEMO)
			.query(Integer.class).single();

		assertThat(openPastDue).isPositive();
		assertThat(finishedLate).isPositive();
		assertThat(apologies).isPositive();
		assertThat(refusedAfterAppraisal).isPositive();
		assertThat(rated).isPositive();
	}

	@Test
	void tellsAConsistentHistoryOfEveryDossier() {
		record Row(UUID dossier, int status, int seq, String action, Integer from, int to, Instant at, Instant created) {
		}
		List<Row> rows = jdbc.sql("""
				select d.id, d.status, h.seq, h.action, h.from_status, h.to_status, h.at, d.created_at
				from dossier d join dossier_history h on h.dossier_id = d.id
				where """ + DEMO + " order by d.id, h.seq")
			.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3), rs.getString(4),
					(Integer) rs.getObject(5), rs.getInt(6), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8).toInstant()))
			.list();
		Instant now = Instant.now();

		assertThat(rows).isNotEmpty();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			boolean first = i == 0 || !rows.get(i - 1).dossier().equals(row.dossier());
			boolean last = i + 1 == rows.size() || !rows.get(i + 1).dossier().equals(row.dossier());
			if (first) {
				assertThat(row.seq()).as("first history row of %s", row.dossier()).isEqualTo(1);
				assertThat(row.action()).as("first action of %s", row.dossier()).isIn("RECEIVE", "SUBMIT");
				assertThat(row.at()).isEqualTo(row.created());
			}
			else {
				Row previous = rows.get(i - 1);
				assertThat(row.seq()).as("history of %s", row.dossier()).isEqualTo(previous.seq() + 1);
				assertThat(row.at()).as("history of %s", row.dossier()).isAfterOrEqualTo(previous.at());
				assertThat(row.from()).as("history of %s at %d", row.dossier(), row.seq()).isEqualTo(previous.to());
			}
			if (last) {
				assertThat(row.to()).as("last status of %s", row.dossier()).isEqualTo(row.status());
			}
			LocalDateTime local = LocalDateTime.ofInstant(row.at(), VietnamTime.ZONE);
			assertThat(row.at()).isBefore(now);
			assertThat(local.getDayOfWeek().getValue()).as("weekday of %s", local).isLessThanOrEqualTo(5);
			assertThat(local.toLocalTime()).as("time of %s", local)
				.isBetween(LocalTime.of(7, 30), LocalTime.of(16, 30));
		}
	}

	@Test
	void issuedAReceiptForEveryReceivedDossier() {
		int withoutReceipt = jdbc.sql("""
				select count(*) from dossier d where received_at is not null and """ + DEMO + """
				 and not exists (select 1 from dossier_form f where f.dossier_id = d.id and f.form_type = 'RECEIPT')""")
			.query(Integer.class).single();

		assertThat(withoutReceipt).isZero();
	}
}
