package org.openprovince.portal.web;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.dossier.CitizenDossierView;
import org.openprovince.dossier.CitizenDossierView.DocumentKind;
import org.openprovince.dossier.CitizenDossiers;
import org.openprovince.dossier.CitizenFixtures;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierState;
import org.openprovince.dossier.Rating;
import org.openprovince.identity.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Hồ sơ của tôi" through the real portal security: demo citizens log in with their CCCD and see, send
 * to and download from their own dossiers only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MyDossiersPagesIntegrationTests {

	private static final String PASSWORD = "Demo@2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenDossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	CitizenFixtures citizens;

	CurrentUser an;

	@BeforeEach
	void setUp() {
		citizens = new CitizenFixtures(context);
		an = citizens.citizen(CitizenFixtures.AN);
	}

	@Test
	void listsOnlyTheCitizensOwnDossiersAndLinksToThemFromTheAccountPage() throws Exception {
		var mine = submit(an, "0912000444");
		var theirs = submit(citizens.citizen(CitizenFixtures.BINH), "0912000555");
		Cookie[] session = login(CitizenFixtures.AN);

		mvc.perform(get("/account").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/account/dossiers\""),
					containsString("href=\"/account/submissions\""))));
		mvc.perform(get("/account/dossiers").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Hồ sơ của tôi"), containsString(mine.code().value()),
					containsString("href=\"/account/dossiers/" + mine.id() + "\""), containsString("1 – Mới đăng ký"),
					not(containsString(theirs.code().value())))));
		mvc.perform(get("/account/dossiers").param("lang", "en").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("My applications")));
	}

	@Test
	void showsTheDossierToItsOwnerAndAnswers404ToAnotherCitizen() throws Exception {
		var mine = submit(an, "0912000666");
		Cookie[] session = login(CitizenFixtures.AN);

		mvc.perform(get("/account/dossiers/" + mine.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(mine.code().value()),
					containsString("Mục đích sử dụng phiếu"), containsString("Bổ sung hồ sơ xin việc"),
					containsString("nộp trực tuyến"), containsString("Tôi xác nhận rút hồ sơ"),
					containsString("action=\"/account/dossiers/" + mine.id() + "/withdraw\""),
					not(containsString("/supplement\"")), not(containsString("name=\"rating\"")))));

		Cookie[] other = login(CitizenFixtures.BINH);
		mvc.perform(get("/account/dossiers/" + mine.id()).cookie(other)).andExpect(status().isNotFound());
		mvc.perform(post("/account/dossiers/" + mine.id() + "/withdraw").param("version", "0").param("reason", "Thử")
			.param("confirm", "true").cookie(other).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/account/dossiers/not-a-uuid").cookie(session)).andExpect(status().isNotFound());
		mvc.perform(get("/account/dossiers/" + UUID.randomUUID()).cookie(session)).andExpect(status().isNotFound());
		assertThat(view(mine.id()).state()).isEqualTo(DossierState.SUBMITTED);
		mvc.perform(get("/account/dossiers")).andExpect(status().is3xxRedirection());
	}

	@Test
	void supplementWithAPngResumesTheDossierAndARenamedProgramIsRefused() throws Exception {
		var mine = submit(an, "0912000777");
		var asked = citizens.supplementRequested(mine.id());
		Cookie[] session = login(CitizenFixtures.AN);
		String page = "/account/dossiers/" + mine.id();

		mvc.perform(get(page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bản sao sổ hộ khẩu"),
					containsString("Thiếu giấy tờ chứng minh nơi cư trú"), containsString("action=\"" + page + "/supplement\""),
					containsString("enctype=\"multipart/form-data\""), containsString("Cần bạn bổ sung giấy tờ"))));

		byte[] program = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		var png = new MockMultipartFile("files", "ho-khau.png", "image/png", CitizenFixtures.PNG);
		mvc.perform(supplement(page, asked.version(), session, new MockMultipartFile("files", "x.pdf", "application/pdf", program)))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", containsString("chương trình hoặc tập lệnh máy tính")));
		assertThat(version(mine.id())).isEqualTo(asked.version());
		assertThat(view(mine.id()).state()).isEqualTo(DossierState.SUPPLEMENT_REQUESTED);

		mvc.perform(supplement(page, asked.version() - 1, session, png))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", containsString("vừa được người khác cập nhật")))
			.andExpect(flash().attribute("stale", true));

		mvc.perform(supplement(page, asked.version(), session, png,
				new MockMultipartFile("files", "", "application/octet-stream", new byte[0]))
			.param("note", "Đã bổ sung bản sao sổ hộ khẩu"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashSuccess", containsString("Đã gửi giấy tờ bổ sung")));
		CitizenDossierView after = view(mine.id());
		assertThat(after.state()).isEqualTo(DossierState.PROCESSING);
		assertThat(after.documents()).filteredOn(d -> d.kind() == DocumentKind.SUPPLEMENT)
			.singleElement()
			.satisfies(d -> assertThat(d.name()).isEqualTo("ho-khau.png"));
	}

	@Test
	void withdrawsOnlyOnceConfirmed() throws Exception {
		var mine = submit(an, "0912000888");
		long version = view(mine.id()).version();
		Cookie[] session = login(CitizenFixtures.AN);
		String page = "/account/dossiers/" + mine.id();

		mvc.perform(post(page + "/withdraw").param("version", String.valueOf(version)).param("reason", "Nộp nhầm thủ tục")
			.cookie(session).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", containsString("Tôi xác nhận rút hồ sơ")));
		mvc.perform(post(page + "/withdraw").param("version", String.valueOf(version)).param("confirm", "true")
			.cookie(session).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", "Hãy ghi rõ lý do."));
		assertThat(version(mine.id())).isEqualTo(version);

		mvc.perform(post(page + "/withdraw").param("version", String.valueOf(version))
			.param("reason", "Nộp nhầm thủ tục").param("confirm", "true").cookie(session).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashSuccess", "Đã rút hồ sơ."));
		assertThat(view(mine.id()).state()).isEqualTo(DossierState.WITHDRAWN);
		mvc.perform(get(page).cookie(login(CitizenFixtures.AN)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("7 – Công dân yêu cầu rút hồ sơ"),
					not(containsString("name=\"confirm\"")))));
	}

	@Test
	void ratesOnceTheResultIsOutAndOnlyOnce() throws Exception {
		var mine = submit(an, "0912000999");
		var done = citizens.done(mine.id());
		Cookie[] session = login(CitizenFixtures.AN);
		String page = "/account/dossiers/" + mine.id();

		mvc.perform(get(page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("name=\"rating\""), containsString("Rất hài lòng"),
					containsString("Không hài lòng"), containsString("9 – Đã xử lý xong"))));
		mvc.perform(post(page + "/rate").param("version", String.valueOf(done.version())).cookie(session).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", "Hãy chọn mức độ hài lòng."));
		mvc.perform(post(page + "/rate").param("version", String.valueOf(done.version())).param("rating", "SATISFIED")
			.cookie(session).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashSuccess", "Cảm ơn bạn đã đánh giá."));
		CitizenDossierView rated = view(mine.id());
		assertThat(rated.rating()).isEqualTo(Rating.SATISFIED);

		mvc.perform(post(page + "/rate").param("version", String.valueOf(rated.version()))
			.param("rating", "UNSATISFIED").cookie(session).with(csrf()))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("flashError", "Người nộp đã đánh giá hồ sơ này."));
		assertThat(view(mine.id()).rating()).isEqualTo(Rating.SATISFIED);
		mvc.perform(get(page).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đánh giá của bạn"), not(containsString("name=\"rating\"")))));
	}

	@Test
	void downloadsTheIssuedReceiptForTheOwnerOnly() throws Exception {
		var mine = submit(an, "0912001000");
		citizens.accepted(mine.id());
		var receipt = view(mine.id()).documents()
			.stream()
			.filter(d -> d.kind() == DocumentKind.FORM)
			.findFirst()
			.orElseThrow();
		String link = "/account/dossiers/" + mine.id() + "/documents/" + receipt.id();
		Cookie[] session = login(CitizenFixtures.AN);

		mvc.perform(get("/account/dossiers/" + mine.id()).cookie(session))
			.andExpect(content().string(containsString("href=\"" + link + "\"")));
		mvc.perform(get(link).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("attachment")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string(startsWith("%PDF")));
		mvc.perform(get(link).cookie(login(CitizenFixtures.BINH))).andExpect(status().isNotFound());
		mvc.perform(get("/account/dossiers/" + mine.id() + "/documents/" + UUID.randomUUID()).cookie(session))
			.andExpect(status().isNotFound());
		mvc.perform(get(link)).andExpect(redirectedUrl("/login"));
	}

	private static MockMultipartHttpServletRequestBuilder supplement(String page, long version, Cookie[] session,
			MockMultipartFile... files) {
		var request = multipart(page + "/supplement");
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		request.param("version", String.valueOf(version)).cookie(session).with(csrf());
		return request;
	}

	private CitizenDossiers.Submitted submit(CurrentUser citizen, String phone) {
		return dossiers.submit(citizen, citizens.application(citizen.displayName(), citizen.username(), phone));
	}

	private CitizenDossierView view(DossierId id) {
		return dossiers.view(an, id).orElseThrow();
	}

	private Cookie[] login(String cccd) throws Exception {
		return mvc.perform(post("/login").param("username", cccd).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse()
			.getCookies();
	}

	private long version(DossierId id) {
		return jdbc.sql("select version from dossier where id = ?").param(id.value()).query(Long.class).single();
	}
}
