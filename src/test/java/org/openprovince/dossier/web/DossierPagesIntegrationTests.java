package org.openprovince.dossier.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Catalog;
import org.openprovince.dossier.DossierFixtures;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.forms.FormType;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierDocuments;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.identity.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dossier pages on the demo province through the real security: officers log in with the demo
 * accounts, and each sees and does only what their step and agency allow.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DossierPagesIntegrationTests {

	private static final String PASSWORD = "Demo@2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	DossierWorkflow workflow;

	@Autowired
	DossierDocuments documents;

	@Autowired
	AccountService accounts;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	DossierFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new DossierFixtures(accounts, jdbc);
	}

	@Test
	void receivesADossierAtTheCounterThenServesItsReceiptScanAndControlSlip() throws Exception {
		Cookie[] desk = login("tiepnhan.tinh");
		String procedure = procedureCode();
		mvc.perform(get("/office/dossiers/new").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chọn thủ tục hành chính")));
		mvc.perform(get("/office/dossiers/new").param("procedure", procedure).cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Tìm theo CCCD"), containsString("name=\"scan-0\""))));

		String idNumber = "0010900" + (10_000 + (int) (Math.random() * 89_999));
		MvcResult received = mvc.perform(intake(procedure, "Lê Thị Quầy", idNumber)
			.file(new MockMultipartFile("scan-0", "to-khai.pdf", "application/pdf", "%PDF-1.4 to khai".getBytes()))
			.cookie(desk)
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/office/dossiers/*"))
			.andExpect(flash().attribute("flashSuccess", containsString("Đã tiếp nhận hồ sơ 000.00.09.H99-")))
			.andReturn();
		String page = received.getResponse().getRedirectedUrl();
		DossierId id = new DossierId(UUID.fromString(page.substring(page.lastIndexOf('/') + 1)));
		var receipt = documents.forms(id).getFirst();
		assertThat(receipt.type()).isEqualTo(FormType.RECEIPT);

		mvc.perform(get(page).cookie(desk).flashAttrs(received.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lê Thị Quầy"), containsString("In giấy tiếp nhận"),
					containsString("/forms/" + receipt.id()), containsString("to-khai.pdf"))));
		mvc.perform(get(page + "/forms/" + receipt.id()).cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("inline")))
			.andExpect(content().string(startsWith("%PDF")));
		UUID scan = documents.components(id).getFirst().fileId();
		mvc.perform(get(page + "/files/" + scan).cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get(page + "/control-slip").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));

		// The same applicant comes back: the counter finds them by their ID number.
		mvc.perform(get("/office/dossiers/new").param("procedure", procedure).param("lookup", idNumber).cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Thị Quầy\""),
					containsString("Đã điền thông tin từ hồ sơ gần nhất"))));
	}

	@Test
	void showsTheVietnameseMessageForAnIntakeWithoutNameAndWritesNothing() throws Exception {
		Cookie[] desk = login("tiepnhan.tinh");
		long before = dossiers();
		mvc.perform(intake(procedureCode(), "", null).cookie(desk).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hãy nhập họ tên người nộp hồ sơ."),
					containsString("value=\"0912345678\""), containsString("value=\"thu trước\""))));
		assertThat(dossiers()).isEqualTo(before);
	}

	@Test
	void counterIntakeIsForReceptionOfficersOnly() throws Exception {
		mvc.perform(get("/office/dossiers/new").cookie(login("chuyenvien.tuphap"))).andExpect(status().isForbidden());
	}

	@Test
	void servesTheQueuesAsAPageAndTheTableAloneToHtmx() throws Exception {
		Cookie[] desk = login("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(fixtures.officer("tiepnhan.tinh"), fixtures.intake("Phạm Văn Hàng Đợi"));

		mvc.perform(get("/office/dossiers").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(allOf(containsString("<html"), containsString("Chờ đơn vị xử lý"),
					containsString("id=\"dossier-results\""), containsString(d.code().value()))));
		mvc.perform(get("/office/dossiers").param("q", d.code().value()).header("HX-Request", "true").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("<html")), containsString("id=\"dossier-results\""),
					containsString("Phạm Văn Hàng Đợi"))));
		mvc.perform(get("/office").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/office/dossiers?queue=UNIT"),
					containsString("Chờ đơn vị xử lý"), containsString("/office/dossiers/new"))));
	}

	@Test
	void offersACaseOfficerTheForwardOnlyAtHisStep() throws Exception {
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Đỗ Thị Bước"));
		String forward = "action=\"/office/dossiers/" + d.id() + "/forward\"";

		mvc.perform(get("/office/dossiers/" + d.id()).cookie(login("chuyenvien.tuphap")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(forward))));
		d = workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of());

		mvc.perform(get("/office/dossiers/" + d.id()).cookie(login("chuyenvien.tuphap")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(forward), containsString("Chuyển bước tiếp theo"),
					containsString("/office/dossiers/" + d.id() + "/propose-supplement"))));
		mvc.perform(get("/office/dossiers/" + d.id()).param("lang", "en").cookie(login("chuyenvien.tuphap")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Forward to the next step"), containsString("History"))));
		mvc.perform(get("/office/dossiers/" + d.id()).cookie(login("truongphong.tuphap")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(forward))));
		mvc.perform(get("/office/dossiers/" + d.id()).cookie(login("tiepnhan.tinh")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(forward))));
	}

	@Test
	void refusesAStaleVersionWithTheMessageThenForwardsWithTheCurrentOne() throws Exception {
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Vũ Văn Cũ"));
		long seen = d.version();
		d = workflow.forward(d.id(), d.version(), desk, null, null, null, null, List.of());
		Cookie[] officer = login("chuyenvien.tuphap");
		String page = "/office/dossiers/" + d.id();

		MvcResult stale = mvc.perform(post(page + "/forward").param("version", String.valueOf(seen))
			.param("note", "Đủ điều kiện").cookie(officer).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", containsString("Hồ sơ vừa được người khác cập nhật")))
			.andReturn();
		assertThat(version(d.id())).isEqualTo(d.version());
		mvc.perform(get(page).cookie(officer).flashAttrs(stale.getFlashMap()))
			.andExpect(content().string(allOf(containsString("Hồ sơ vừa được người khác cập nhật"),
					containsString("Tải lại hồ sơ"))));

		MvcResult refused = mvc.perform(post(page + "/propose-supplement").param("version", String.valueOf(d.version()))
			.param("reason", "Thiếu giấy tờ").cookie(officer).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", containsString("Hãy liệt kê đầy đủ")))
			.andExpect(flash().attribute("retryAction", "propose-supplement"))
			.andReturn();
		mvc.perform(get(page).cookie(officer).flashAttrs(refused.getFlashMap()))
			.andExpect(content().string(allOf(containsString("<details class=\"action\" id=\"action-propose-supplement\" open"),
					containsString(">Thiếu giấy tờ</textarea>"))));

		mvc.perform(post(page + "/forward").param("version", String.valueOf(d.version()))
			.param("note", "Đủ điều kiện").cookie(officer).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashSuccess", containsString("chuyển bước tiếp theo")));
		assertThat(version(d.id())).isGreaterThan(d.version());
	}

	@Test
	void answers404ToAnOfficerOfAnotherAgency() throws Exception {
		var desk = fixtures.officer("tiepnhan.tinh");
		Dossier d = workflow.receiveAtCounter(desk, fixtures.intake("Hoàng Văn Kín"));
		Cookie[] commune = login("chuyenvien.hongha");
		mvc.perform(get("/office/dossiers/" + d.id()).cookie(commune)).andExpect(status().isNotFound());
		mvc.perform(get("/office/dossiers/" + d.id() + "/control-slip").cookie(commune))
			.andExpect(status().isNotFound());
		mvc.perform(post("/office/dossiers/" + d.id() + "/withdraw").param("version", String.valueOf(d.version()))
			.param("reason", "Thử").cookie(commune).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/office/dossiers/not-a-uuid").cookie(commune)).andExpect(status().isNotFound());
		assertThat(version(d.id())).isEqualTo(d.version());
	}

	@Test
	void downloadsTheTrackingBookAsPdfAndXlsx() throws Exception {
		workflow.receiveAtCounter(fixtures.officer("tiepnhan.tinh"), fixtures.intake("Ngô Thị Sổ"));
		Cookie[] desk = login("tiepnhan.tinh");
		mvc.perform(get("/office/dossiers/book").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sổ theo dõi hồ sơ"), containsString("Ngô Thị Sổ"))));
		mvc.perform(get("/office/dossiers/book").param("format", "xlsx").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")));
		mvc.perform(get("/office/dossiers/book").param("format", "pdf").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(content().string(startsWith("%PDF")));
		mvc.perform(get("/office/dossiers/book").param("from", "2024-01-01").param("to", "2025-06-30").cookie(desk))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dài hơn 366 ngày")));
		mvc.perform(get("/office/dossiers/book").param("from", "2024-01-01").param("to", "2025-06-30")
			.param("format", "pdf").cookie(desk))
			.andExpect(status().isSeeOther());
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder intake(
			String procedure, String name, String idNumber) {
		var builder = multipart("/office/dossiers/new");
		builder.param("procedure", procedure)
			.param("receivingAgency", fixtures.agency(DossierFixtures.PROVINCIAL_CENTER).value().toString())
			.param("competentAgency", fixtures.agency(DossierFixtures.TU_PHAP).value().toString())
			.param("channel", "DIRECT")
			.param("fullName", name)
			.param("phone", "0912345678")
			.param("address", "Số 1 Tràng Tiền")
			.param("components[0].received", "true")
			.param("components[0].originals", "1")
			.param("components[0].copies", "0")
			.param("sets", "1")
			.param("feeCollected", "200000")
			.param("feeNote", "thu trước");
		if (idNumber != null) {
			builder.param("idNumber", idNumber);
		}
		return builder;
	}

	private String procedureCode() {
		return catalog.findProcedure(fixtures.tuPhapProcedure()).orElseThrow().code().value();
	}

	private Cookie[] login(String username) throws Exception {
		return mvc.perform(post("/office/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/office"))
			.andReturn()
			.getResponse()
			.getCookies();
	}

	private long dossiers() {
		return jdbc.sql("select count(*) from dossier").query(Long.class).single();
	}

	private long version(DossierId id) {
		return jdbc.sql("select version from dossier where id = ?").param(id.value()).query(Long.class).single();
	}
}
