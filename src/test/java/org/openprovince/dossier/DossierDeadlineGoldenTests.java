package org.openprovince.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.DossierWorkflow.CounterIntake;
import org.openprovince.identity.AccountService;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden table of appointment dates (ngày hẹn trả) of whole dossiers: received at the provincial
 * center, processed by Sở Tư pháp (office hours 07:00–11:30, 13:30–17:00), across holidays and
 * supplement or payment pauses. Expected values derived by hand from the rules, as in the calendar's
 * golden table (Tết 2026 = 16–20/2; spec §4.3 counting; §4.4 resume or restart).
 */
@SpringBootTest
class DossierDeadlineGoldenTests {

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	Catalog catalog;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	DossierFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new DossierFixtures(accounts, jdbc);
	}

	@ParameterizedTest(name = "{index}: {6}")
	@CsvSource(delimiter = '|', textBlock = """
			# received      | days | restart | pause kind | pause from → to                    | expected due     | reason
			2026-03-02 09:00 | 5 | false | -          | -                                   | 2026-03-09 09:00 | five working days skip the weekend
			2026-02-12 14:00 | 3 | false | -          | -                                   | 2026-02-24 14:00 | three working days span Tết 2026 (16–20/2)
			2025-12-31 16:00 | 1 | false | -          | -                                   | 2026-01-02 16:00 | New Year's Day across the year end
			2026-04-29 09:00 | 1 | false | -          | -                                   | 2026-05-04 09:00 | 30/4 and 1/5/2026 on Thursday and Friday
			2026-02-10 09:00 | 3 | false | SUPPLEMENT | 2026-02-11 09:00>2026-02-25 09:00   | 2026-02-27 09:00 | supplement across Tết, resume: 8 h before, the rest after 25/2 09:00 (Decree 61/2018 reading)
			2026-02-10 09:00 | 3 | true  | SUPPLEMENT | 2026-02-11 09:00>2026-02-25 09:00   | 2026-03-02 09:00 | supplement, restart: the full three days from 25/2 09:00 (specialised law)
			2026-03-02 09:00 | 2 | false | PAYMENT    | 2026-03-02 10:00>2026-03-03 09:00   | 2026-03-05 08:00 | financial obligation pauses the clock: 1 h before, 15 h after
			2026-03-02 09:00 | 2 | true  | PAYMENT    | 2026-03-02 10:00>2026-03-03 09:00   | 2026-03-05 08:00 | a payment never restarts the clock, even where a supplement would
			""")
	void appointmentDate(String received, int days, boolean restart, String pauseKind, String pause, String expected,
			String reason) {
		ProcedureId procedure = DossierTestProcedures.create(catalog, TimeLimit.workingDays(days), restart);
		var desk = fixtures.officer("tiepnhan.tinh");
		var specialist = fixtures.officer("chuyenvien.tuphap");
		Dossier d = at(received, w -> w.receiveAtCounter(desk, intake(procedure)));
		if (!pauseKind.equals("-")) {
			String from = pause.substring(0, pause.indexOf('>'));
			String to = pause.substring(pause.indexOf('>') + 1);
			Dossier forwarded = at(received, w -> w.forward(d.id(), d.version(), desk, null, null, null, null, List.of()));
			Dossier paused;
			if (pauseKind.equals("SUPPLEMENT")) {
				Dossier proposed = at(received, w -> w.proposeSupplement(forwarded.id(), forwarded.version(), specialist,
						List.of("Bản sao giấy khai sinh"), "Thiếu giấy tờ"));
				paused = at(from, w -> w.issueSupplementRequest(proposed.id(), proposed.version(), desk));
				Dossier done = at(to, w -> w.completeSupplement(paused.id(), paused.version(), desk, null, List.of()));
				assertThat(due(done)).as(reason).isEqualTo(expected);
			}
			else {
				paused = at(from, w -> w.requestPayment(forwarded.id(), forwarded.version(), specialist, 500_000L,
						"Lệ phí cấp phiếu"));
				Dossier done = at(to, w -> w.recordPayment(paused.id(), paused.version(), desk, null, List.of()));
				assertThat(due(done)).as(reason).isEqualTo(expected);
			}
			return;
		}
		assertThat(due(d)).as(reason).isEqualTo(expected);
	}

	private Dossier at(String localTime, Function<DossierWorkflow, Dossier> action) {
		Instant instant = LocalDateTime.parse(localTime.strip().replace(' ', 'T')).atZone(VietnamTime.ZONE).toInstant();
		DossierWorkflow atTime = workflow.withClock(Clock.fixed(instant, VietnamTime.ZONE));
		return tx.execute(status -> action.apply(atTime));
	}

	private static String due(Dossier d) {
		return LocalDateTime.ofInstant(d.dueAt(), VietnamTime.ZONE).toString().replace('T', ' ');
	}

	private CounterIntake intake(ProcedureId procedure) {
		return new CounterIntake(procedure, fixtures.agency(DossierFixtures.PROVINCIAL_CENTER),
				fixtures.agency(DossierFixtures.TU_PHAP), Channel.DIRECT,
				new Applicant("Phạm Minh Châu", "001090012345", null, null, null), null, null, 1,
				List.of(DossierFixtures.component("Tờ khai theo mẫu")), null, null);
	}
}
