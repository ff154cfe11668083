package org.openprovince.dossier;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.forms.FormType;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierDocuments;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.ResultDocument;
import org.openprovince.identity.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A dossier of Sở Tư pháp from the provincial center's counter to the returned result, on the demo province. */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class DossierWorkflowIntegrationTests {

	@Autowired
	ApplicationEvents events;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierDocuments documents;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DossierQueries queries;

	DossierFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new DossierFixtures(accounts, jdbc);
	}

	@Test
	void takesADossierFromTheCounterToTheReturnedResult() throws IOException {
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Nguyễn Thị Hoà"));

		assertThat(d.status()).isEqualTo(DvcqgStatus.RECEIVED);
		assertThat(d.code().value()).matches("000\\.00\\.09\\.H99-\\d{6}-\\d{4}");
		assertThat(d.dueAt()).isAfter(d.receivedAt());
		var receipt = documents.forms(d.id()).getFirst();
		assertThat(receipt.type()).isEqualTo(FormType.RECEIPT);
		byte[] pdf = documents.form(d.id(), receipt.id()).orElseThrow().content();
		try (var doc = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(doc)).contains(d.code().value()).contains("Nguyễn Thị Hoà");
		}

		d = workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of());
		assertThat(d.status()).isEqualTo(DvcqgStatus.PROCESSING);
		d = workflow.forward(d.id(), d.version(), fixtures.officer("chuyenvien.tuphap"), null, "Đủ điều kiện", null,
				null, List.of());
		d = workflow.forward(d.id(), d.version(), fixtures.officer("truongphong.tuphap"), null, null, null, null,
				List.of());
		d = workflow.forward(d.id(), d.version(), fixtures.officer("lanhdao.tuphap"), null, null, null, null, List.of());
		var clerk = fixtures.officer("vanthu.tuphap");
		long version = d.version();
		var id = d.id();
		assertThatThrownBy(() -> workflow.forward(id, version, clerk, null, null, null, null, List.of()))
			.isInstanceOf(DossierException.class)
			.hasMessageContaining("kết quả");
		d = workflow.forward(d.id(), d.version(), clerk, null, null,
				new ResultDocument("123/PLLTP", "Hoàng Văn Nam", LocalDate.now(), null, null), null, List.of());
		assertThat(d.status()).isEqualTo(DvcqgStatus.DONE);
		d = workflow.returnResult(d.id(), d.version(), desk, ReturnMethod.COUNTER, "Nguyễn Thị Hoà", null);
		assertThat(d.status()).isEqualTo(DvcqgStatus.RETURNED);
		d = workflow.rate(d.id(), d.version(), desk, Rating.VERY_SATISFIED);
		assertThat(d.rating()).isEqualTo(Rating.VERY_SATISFIED);

		var tracking = queries.track(d.code()).orElseThrow();
		assertThat(tracking.status()).isEqualTo(DvcqgStatus.RETURNED);
		assertThat(tracking.events()).extracting(DossierTracking.Event::status)
			.startsWith(DvcqgStatus.RECEIVED)
			.endsWith(DvcqgStatus.RETURNED);

		List<String> actions = jdbc.sql("select action from dossier_history where dossier_id = ? order by seq")
			.param(d.id().value()).query(String.class).list();
		assertThat(actions).containsExactly("RECEIVE", "FORWARD", "TRANSFER", "FORWARD", "FORWARD", "FORWARD",
				"RECORD_RESULT", "TRANSFER", "RETURN_RESULT", "RATE");
		assertThat(jdbc.sql("select count(*) from audit_entry where target_id = ?").param(d.id().toString())
			.query(Integer.class).single()).isEqualTo(8);
	}

	@Test
	void announcesEveryChangeWithTheSnapshotAndGivesTheWholeRecord() {
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Lê Thị Thu"));
		d = workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of());
		d = workflow.reassign(d.id(), d.version(), fixtures.officer("truongphong.tuphap"),
				fixtures.officer("chuyenvien.tuphap").accountId(), "Chuyển cho chị Hoa");

		var id = d.id();
		List<DossierSnapshot> changes = events.stream(DossierChanged.class)
			.map(DossierChanged::dossier)
			.filter(s -> s.id().equals(id))
			.toList();
		// One event per change, each at the version it produced, the last one as the dossier stands.
		assertThat(changes).extracting(DossierSnapshot::version).containsExactly(1L, 2L, 3L);
		DossierSnapshot last = changes.getLast();
		assertThat(last.status()).isEqualTo(DvcqgStatus.PROCESSING);
		assertThat(last.code()).isEqualTo(d.code());
		assertThat(last.receivedAt()).isEqualTo(d.receivedAt());
		assertThat(last.originalDueAt()).isEqualTo(d.dueAt());
		assertThat(last.components()).isPositive();
		assertThat(last.supplementRequests()).isZero();
		assertThat(last.paidOnline()).isFalse();

		DossierRecord record = queries.record(id).orElseThrow();
		assertThat(record.snapshot()).isEqualTo(last);
		assertThat(record.receivingAgencyCode()).isEqualTo(DossierFixtures.PROVINCIAL_CENTER);
		assertThat(record.applicant().name()).isEqualTo("Lê Thị Thu");
		assertThat(record.components()).hasSize(last.components());
		assertThat(record.history()).extracting(DossierRecord.Step::action)
			.containsExactly(DossierAction.RECEIVE, DossierAction.FORWARD, DossierAction.TRANSFER, DossierAction.REASSIGN);
		assertThat(queries.record(new DossierId(UUID.randomUUID()))).isEmpty();
	}

	@Test
	void refusesAnOfficerOfAnotherAgencyAndWritesNothing() {
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Trần Văn Bình"));
		d = workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of());
		var communeOfficer = fixtures.officer("chuyenvien.hongha");
		UUID id = d.id().value();
		long version = d.version();
		assertThatThrownBy(() -> workflow.forward(new DossierId(id), version, communeOfficer, null, null, null, null, List.of()))
			.isInstanceOf(DossierException.class)
			.hasMessageContaining("không có quyền");
		assertThat(jdbc.sql("select version from dossier where id = ?").param(id).query(Long.class).single())
			.isEqualTo(version);
	}
}
