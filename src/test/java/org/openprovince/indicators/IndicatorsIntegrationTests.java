package org.openprovince.indicators;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierFinished;
import org.openprovince.dossier.DossierFixtures;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierReceived;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.ResultDocument;
import org.openprovince.identity.AccountService;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyDetails;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics on the embedded PostgreSQL with the demo province (whose dossiers went through the
 * workflow, so their events fed the figures): events published in committed transactions and handled
 * asynchronously, redelivered, out of order, across a month boundary in Vietnam time, and shown on the
 * public page and in the CSV file.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorsIntegrationTests {

	static final Duration PATIENCE = Duration.ofSeconds(20);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DossierFacts facts;

	@Autowired
	Organization organization;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	AccountService accounts;

	@Autowired
	EventSerializer serializer;

	@Test
	void countsAReceptionDeliveredTwiceOnce() {
		AgencyId agency = newAgency("Sở Thử nghiệm");
		var event = received(agency, Channel.ONLINE, "2026-03-10T02:00:00Z");

		tx.executeWithoutResult(status -> events.publishEvent(event));
		tx.executeWithoutResult(status -> events.publishEvent(event));

		await().atMost(PATIENCE).until(() -> incompletePublications(event.dossierId()) == 0);
		assertThat(publications(event.dossierId())).as("both deliveries handled").isEqualTo(2);
		assertThat(figures(agency)).containsExactlyEntriesOf(
				Map.of(YearMonth.of(2026, 3), new DossierCounts(1, 1, 0, 0, 0, 0)));
	}

	@Test
	void countsBothEventsOnceInEitherOrderInTheMonthOfVietnamTime() {
		AgencyId agency = newAgency("Sở Tháng");
		// Received at 23:30 on 31 January in Hà Nội, finished (late) at 00:30 on 1 February.
		var first = received(agency, Channel.DIRECT, "2026-01-31T16:30:00Z");
		var firstEnd = finished(first, "2026-01-31T17:30:00Z", false);

		assertThat(facts.recordFinished(firstEnd)).isTrue();
		assertThat(figures(agency)).as("not attributable before the reception is known").isEmpty();
		assertThat(facts.recordReceived(first)).isTrue();
		assertThat(facts.recordReceived(first)).as("redelivered").isFalse();
		assertThat(facts.recordFinished(firstEnd)).as("redelivered").isFalse();

		// Received at 08:00 on 1 February in Hà Nội (still 31 January in UTC), finished on time in February.
		var second = received(agency, Channel.POSTAL, "2026-02-01T01:00:00Z");
		assertThat(facts.recordReceived(second)).isTrue();
		assertThat(facts.recordFinished(finished(second, "2026-02-20T03:00:00Z", true))).isTrue();

		assertThat(figures(agency)).containsExactlyInAnyOrderEntriesOf(Map.of(
				YearMonth.of(2026, 1), new DossierCounts(1, 0, 1, 0, 0, 0),
				YearMonth.of(2026, 2), new DossierCounts(1, 0, 0, 1, 2, 1)));
		assertThat(figures(agency).get(YearMonth.of(2026, 2)).onTimeRate()).isEqualByComparingTo("50.0");
	}

	@Test
	void showsTheFiguresOnThePublicPageAndInTheCsvFile() throws Exception {
		String name = "Sở Hiển thị " + token();
		AgencyId agency = newAgency(name);
		for (int i = 0; i < 3; i++) {
			var event = received(agency, i == 0 ? Channel.ONLINE : Channel.DIRECT, "2025-03-0" + (i + 2) + "T02:00:00Z");
			facts.recordReceived(event);
			facts.recordFinished(finished(event, "2025-03-20T02:00:00Z", i < 2));
		}

		mvc.perform(get("/thong-ke").param("year", "2025"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "max-age=300, public"))
			.andExpect(header().stringValues("Vary", org.hamcrest.Matchers.hasItem("Cookie")))
			.andExpect(content().string(allOf(containsString("<h1>Thống kê tình hình giải quyết hồ sơ</h1>"),
					containsString(">" + name + "</a>"), containsString("Toàn tỉnh theo tháng, năm 2025"),
					containsString("Tháng 12/2025"), containsString("66,7%"),
					containsString("href=\"/thong-ke?year=2025&amp;agency=" + agency + "\""),
					containsString("<option value=\"2025\" selected=\"selected\">2025</option>"),
					containsString("aria-labelledby=\"by-agency\""), containsString("<caption id=\"by-agency\">"),
					not(containsString("style=\"")))));

		mvc.perform(get("/thong-ke").param("year", "2025").param("agency", agency.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name + " theo tháng, năm 2025"),
					containsString("<th scope=\"row\">Tháng 3/2025</th>"),
					containsString("<meter min=\"0\" max=\"100\" low=\"70\" high=\"90\" optimum=\"100\" value=\"66.7\""),
					containsString("không có hồ sơ đã giải quyết"),
					containsString("href=\"/thong-ke.csv?year=2025&amp;agency=" + agency + "\""))));

		mvc.perform(get("/thong-ke").param("year", "2025").param("agency", agency.toString()).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(name + " by month, 2025"), containsString("66.7%"))));

		byte[] csv = mvc.perform(get("/thong-ke.csv").param("year", "2025").param("agency", agency.toString())
				.header("Accept-Language", "vi"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString("thong-ke-2025-")))
			.andExpect(header().string("Cache-Control", "max-age=300, public"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(csv, StandardCharsets.UTF_8)).contains(",Tiếp nhận,")
			.contains("2025-03," + code(agency) + "," + name + ",3,1,2,0,3,2,66.7\r\n");
	}

	@Test
	void mangledParametersShowTheCurrentYearForEveryAgency() throws Exception {
		int year = LocalDate.now(VietnamTime.ZONE).getYear();
		mvc.perform(get("/thong-ke").param("year", "x1").param("agency", "not-a-uuid"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Toàn tỉnh theo tháng, năm " + year)));
		mvc.perform(get("/thong-ke").param("year", "1990").param("agency", UUID.randomUUID().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Theo cơ quan, năm " + year),
					not(containsString("Cơ quan không còn trong danh bạ theo tháng")))));
	}

	@Test
	void countsTheWorkflowsDossiersForTheCompetentAgencyAndAgreesWithTheFacts() throws Exception {
		var fixtures = new DossierFixtures(accounts, jdbc);
		AgencyId tuPhap = fixtures.agency(DossierFixtures.TU_PHAP);
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Đặng Thị Thống Kê"));

		await().atMost(PATIENCE).until(() -> fact(d.id()).isPresent());
		assertThat(fact(d.id())).hasValueSatisfying(row -> {
			assertThat(row.get("competent_agency")).isEqualTo(tuPhap.value());
			assertThat(row.get("receiving_agency")).isEqualTo(fixtures.agency(DossierFixtures.PROVINCIAL_CENTER).value());
			assertThat(((Number) row.get("channel")).intValue()).isEqualTo(1);
			assertThat(row.get("finished_month")).isNull();
		});

		Dossier done = d;
		done = workflow.forward(done.id(), done.version(), desk, null, null, null, null, List.of());
		for (String officer : List.of("chuyenvien.tuphap", "truongphong.tuphap", "lanhdao.tuphap")) {
			done = workflow.forward(done.id(), done.version(), fixtures.officer(officer), null, null, null, null, List.of());
		}
		done = workflow.forward(done.id(), done.version(), fixtures.officer("vanthu.tuphap"), null, null,
				new ResultDocument("77/PLLTP", "Hoàng Văn Nam", LocalDate.now(VietnamTime.ZONE), null, null), null,
				List.of());
		assertThat(done.status()).isEqualTo(DvcqgStatus.DONE);

		await().atMost(PATIENCE).until(() -> fact(d.id()).map(row -> row.get("finished_month") != null).orElse(false));
		assertThat(fact(d.id())).hasValueSatisfying(row -> {
			assertThat(((Number) row.get("final_status")).intValue()).isEqualTo(9);
			assertThat(row.get("finished_on_time")).isEqualTo(true);
			assertThat(row.get("refused")).isEqualTo(false);
		});

		// Every event (the demo province's too) is handled in the end, even those that found no free database
		// connection while the demo province loaded; and the monthly figures are the facts counted again.
		await().atMost(PATIENCE).until(() -> incompleteIndicatorPublications() == 0);
		assertThat(jdbc.sql(DIFFERENCES).query().listOfRows()).isEmpty();
		assertThat(jdbc.sql("select count(*) from indicator_agency_month where agency_id = ?")
			.param(tuPhap.value()).query(Integer.class).single()).as("the demo dossiers of Sở Tư pháp counted").isPositive();

		mvc.perform(get("/thong-ke").param("agency", tuPhap.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sở Tư pháp")));
	}

	@Test
	void handsOverAnEventLeftUnhandled() {
		// As the registry leaves a publication whose listener found no database connection.
		AgencyId agency = newAgency("Sở Giao lại");
		var event = received(agency, Channel.DIRECT, "2026-04-01T02:00:00Z");
		jdbc.sql("""
				insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status,
				       completion_attempts)
				values (?, ?, ?, ?, now() - interval '1 minute', 'PUBLISHED', 1)""")
			.params(UUID.randomUUID(), DossierEventsListener.class.getName() + ".on(" + DossierReceived.class.getName() + ")",
					DossierReceived.class.getName(), serializer.serialize(event))
			.update();

		await().atMost(PATIENCE).until(() -> incompletePublications(event.dossierId()) == 0);
		assertThat(figures(agency)).containsExactlyEntriesOf(
				Map.of(YearMonth.of(2026, 4), new DossierCounts(1, 0, 1, 0, 0, 0)));
	}

	@Test
	void serialisesTheEventsForRedelivery() {
		// The registry stores each event as JSON and rebuilds it when it redelivers it after a failure.
		var event = received(new AgencyId(UUID.randomUUID()), Channel.POSTAL, "2026-05-05T05:05:05Z");
		var end = new DossierFinished(event.dossierId(), event.code(), DvcqgStatus.WITHDRAWN, false, event.receivedAt(),
				Instant.parse("2026-05-06T01:00:00Z"), null, true);

		assertThat(serializer.deserialize(serializer.serialize(event), DossierReceived.class)).isEqualTo(event);
		assertThat(serializer.deserialize(serializer.serialize(end), DossierFinished.class)).isEqualTo(end);
	}

	/** Rows of the monthly figures that the facts, counted again, do not give, and the other way round. */
	static final String DIFFERENCES = """
			with figures as (
			  select agency_id, month, received, received_online, received_direct, received_postal, finished,
			         finished_on_time
			    from indicator_agency_month),
			recount as (
			  select agency_id, month, sum(received)::int as received, sum(online)::int as received_online,
			         sum(direct)::int as received_direct, sum(postal)::int as received_postal,
			         sum(finished)::int as finished, sum(on_time)::int as finished_on_time
			    from (select competent_agency as agency_id, received_month as month, 1 as received,
			                 (channel = 2)::int as online, (channel = 1)::int as direct, (channel = 3)::int as postal,
			                 0 as finished, 0 as on_time
			            from indicator_dossier_fact where received_month is not null
			          union all
			          select competent_agency, finished_month, 0, 0, 0, 0, 1, finished_on_time::int
			            from indicator_dossier_fact where received_month is not null and finished_month is not null) f
			   group by agency_id, month)
			(select 'figures' as side, * from figures except select 'figures', * from recount)
			union all
			(select 'recount', * from recount except select 'recount', * from figures)""";

		private Map<YearMonth, DossierCounts> figures(AgencyId agency) {
		return jdbc.sql("""
				select month, received, received_online, received_direct, received_postal, finished, finished_on_time
				  from indicator_agency_month where agency_id = ?""")
			.param(agency.value())
			.query((rs, row) -> Map.entry(YearMonth.from(rs.getObject("month", LocalDate.class)),
					new DossierCounts(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
							rs.getLong(7))))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private Optional<Map<String, Object>> fact(DossierId id) {
		return jdbc.sql("select * from indicator_dossier_fact where dossier_id = ?").param(id.value()).query().listOfRows()
			.stream().findFirst();
	}

	private long publications(DossierId id) {
		return jdbc.sql("select count(*) from event_publication where listener_id like 'org.openprovince.indicators.%' "
				+ "and serialized_event like ?").param("%" + id + "%").query(Long.class).single();
	}

	private long incompletePublications(DossierId id) {
		return jdbc.sql("select count(*) from event_publication where listener_id like 'org.openprovince.indicators.%' "
				+ "and completion_date is null and serialized_event like ?").param("%" + id + "%").query(Long.class).single();
	}

	private long incompleteIndicatorPublications() {
		return jdbc.sql("select count(*) from event_publication where listener_id like 'org.openprovince.indicators.%' "
				+ "and completion_date is null").query(Long.class).single();
	}

	private AgencyId newAgency(String name) {
		var random = ThreadLocalRandom.current();
		var code = AgencyCode.of("%03d.%02d.%02d.T%02d".formatted(random.nextInt(1000), random.nextInt(100),
				random.nextInt(100), random.nextInt(100)));
		return organization.createAgency(new AgencyDetails(code, name, null, AgencyKind.DEPARTMENT, null, null,
				LocalDate.of(2025, 1, 1), null));
	}

	private String code(AgencyId agency) {
		return organization.findAgency(agency).orElseThrow().code().value();
	}

	private static String token() {
		return String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	static DossierReceived received(AgencyId competent, Channel channel, String at) {
		Instant receivedAt = Instant.parse(at);
		return new DossierReceived(DossierId.random(), new DossierCode("000.00.09.H99-260310-0001"),
				new ProcedureId(UUID.randomUUID()), "1.001193", new AgencyId(UUID.randomUUID()), competent, channel,
				receivedAt, receivedAt.plus(Duration.ofDays(5)));
	}

	static DossierFinished finished(DossierReceived received, String at, boolean onTime) {
		return new DossierFinished(received.dossierId(), received.code(), DvcqgStatus.DONE, false, received.receivedAt(),
				Instant.parse(at), received.dueAt(), onTime);
	}
}
