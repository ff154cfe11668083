package org.openprovince.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.storage.FileStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Online submission on the demo province through the real security, database and file store: a
 * citizen fills the four steps of "Cấp Phiếu lý lịch tư pháp" (2.000488, a fee of 200.000 đ), with
 * refused values and files on the way, saves a draft and resumes it, and submits.
 */
@SpringBootTest(properties = "openprovince.demo.enabled=true")
@AutoConfigureMockMvc
class SubmissionIntegrationTests {

	static final String PROCEDURE = "2.000488";

	static final String CITIZEN = "036195004321";

	static final String OTHER_CITIZEN = "079201006789";

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FileStorage storage;

	@Test
	void aCitizenSubmitsOnlineInFourStepsAndGetsACodeAtOnce() throws Exception {
		Cookie[] citizen = login(CITIZEN);
		ProcedureVersion version = version();

		mvc.perform(get("/thu-tuc/" + PROCEDURE))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("/account/submissions/new?procedure=" + PROCEDURE)));
		UUID draft = start(citizen);

		// Step 1: prefilled from the account; a wrong phone number is refused next to the field, nothing lost.
		String page = html(get(path(draft, "applicant")).cookie(citizen));
		assertThat(page).contains("value=\"" + CITIZEN + "\"");
		String agency = first(page, "name=\"competentAgency\" value=\"([0-9a-f-]{36})\"");
		String refused = html(applicant(draft, citizen, agency, "12345"));
		assertThat(refused).contains("Số điện thoại di động chưa đúng", "value=\"12345\"");
		mvc.perform(applicant(draft, citizen, agency)).andExpect(redirectedUrl(path(draft, "form")));

		// Step 2: the procedure's e-form; a number out of its bounds is refused with the field's label.
		Map<String, String> values = EFormValues.valid(version.content().formFields());
		FormField number = version.content()
			.formFields()
			.stream()
			.filter(f -> f.type().name().equals("NUMBER"))
			.findFirst()
			.orElseThrow();
		Map<String, String> outOfBounds = new java.util.LinkedHashMap<>(values);
		outOfBounds.put(number.key(), "99");
		var bad = form(draft, citizen, outOfBounds);
		assertThat(html(bad)).contains(number.label()).contains("Hãy sửa các ô được đánh dấu");
		mvc.perform(form(draft, citizen, values)).andExpect(redirectedUrl(path(draft, "files")));

		// Step 3: a renamed program is refused and says why; then a real PDF per document.
		List<RequiredDocument> documents = version.content().documents();
		mvc.perform(files(draft, citizen, "upload").file(new MockMultipartFile("file_0", "to-khai.pdf",
				"application/pdf", SampleFiles.windowsProgram())))
			.andExpect(redirectedUrl(path(draft, "files")))
			.andExpect(flash().attribute("refused", org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("chương trình"))));
		assertThat(storedFiles(draft)).isZero();
		mvc.perform(files(draft, citizen, "next")).andExpect(flash().attribute("flashError",
				org.hamcrest.Matchers.containsString("Còn thiếu giấy tờ bắt buộc")));
		var upload = files(draft, citizen, "next");
		for (int i = 0; i < documents.size(); i++) {
			upload.file(new MockMultipartFile("file_" + i, "giay-to-" + i + ".pdf", "application/pdf", SampleFiles.pdf()));
		}
		mvc.perform(upload).andExpect(redirectedUrl(path(draft, "review")));
		assertThat(storedFiles(draft)).isEqualTo(documents.size());

		// Step 4: review shows the fee; the pledge is required; submitting gives the code at once.
		String review = html(get(path(draft, "review")).cookie(citizen));
		assertThat(review).contains("200.000");
		mvc.perform(post(path(draft, "submit")).param("version", draftVersion(draft)).cookie(citizen).with(csrf()))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("cam đoan")));
		String location = mvc
			.perform(post(path(draft, "submit")).param("version", draftVersion(draft))
				.param("pledge", "yes")
				.cookie(citizen)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/account/dossiers/*"))
			.andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.containsString("Mã số hồ sơ")))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		UUID dossier = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		var row = jdbc.sql("select status, code, channel, fee_total, form_data::text from dossier where id = ?")
			.param(dossier)
			.query((rs, n) -> List.of(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
			.single();
		assertThat(row.get(0)).isEqualTo(1);
		assertThat((String) row.get(1)).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}-\\d{6}-\\d{4}");
		assertThat(row.get(2)).isEqualTo("ONLINE");
		assertThat(row.get(3)).isEqualTo(200_000L);
		assertThat((String) row.get(4)).contains(number.label());
		// The component files moved to the dossier, kept in the storage module, readable; the draft is gone.
		List<String> keys = jdbc.sql("select storage_key from dossier_file where dossier_id = ? and kind = 'COMPONENT'")
			.param(dossier)
			.query(String.class)
			.list();
		assertThat(keys).hasSize(documents.size()).allSatisfy(k -> assertThat(storage.read(k)).startsWith(SampleFiles.pdf()[0]));
		assertThat(jdbc.sql("select count(*) from portal_draft where id = ?").param(draft).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aDraftIsSavedResumedAtItsStepAndPrivateToItsOwner() throws Exception {
		Cookie[] citizen = login(CITIZEN);
		UUID draft = start(citizen);
		String agency = first(html(get(path(draft, "applicant")).cookie(citizen)),
				"name=\"competentAgency\" value=\"([0-9a-f-]{36})\"");
		// "Lưu nháp" keeps even an unfinished step, without checking it.
		mvc.perform(applicant(draft, citizen, agency, "").param("action", "save"))
			.andExpect(redirectedUrl(path(draft, "applicant")))
			.andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.containsString("Đã lưu nháp")));
		assertThat(html(get("/account/submissions").cookie(citizen))).contains("Cấp Phiếu lý lịch tư pháp");
		mvc.perform(applicant(draft, citizen, agency)).andExpect(redirectedUrl(path(draft, "form")));
		mvc.perform(get("/account/submissions/" + draft).cookie(citizen)).andExpect(redirectedUrl(path(draft, "form")));

		// Another citizen neither sees nor changes it.
		Cookie[] other = login(OTHER_CITIZEN);
		assertThat(html(get("/account/submissions").cookie(other))).doesNotContain(draft.toString());
		mvc.perform(get(path(draft, "applicant")).cookie(other)).andExpect(redirectedUrl("/account/submissions"));
		mvc.perform(post("/account/submissions/" + draft + "/delete").cookie(other).with(csrf()))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("Không tìm thấy")));

		// A page left open in another tab is stale once the draft moved on.
		mvc.perform(post(path(draft, "applicant")).param("version", "1").param("competentAgency", agency).cookie(citizen).with(csrf()))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("thẻ hoặc thiết bị khác")));

		mvc.perform(post("/account/submissions/" + draft + "/delete").cookie(citizen).with(csrf()))
			.andExpect(redirectedUrl("/account/submissions"));
		assertThat(jdbc.sql("select count(*) from portal_draft where id = ?").param(draft).query(Integer.class).single())
			.isZero();
	}

	@Test
	void aProcedureWithoutOnlineSubmissionCannotBeStarted() throws Exception {
		Cookie[] citizen = login(CITIZEN);
		String offline = jdbc.sql("""
				select code from catalog_procedure_version where online_level = 'INFORMATION' and effective_to is null limit 1""")
			.query(String.class)
			.single();
		mvc.perform(post("/account/submissions").param("procedure", offline).cookie(citizen).with(csrf()))
			.andExpect(redirectedUrl("/account/submissions"))
			.andExpect(flash().attribute("flashError", org.hamcrest.Matchers.containsString("không nhận hồ sơ trực tuyến")));
		mvc.perform(get("/account/submissions/new").param("procedure", PROCEDURE))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
	}

	// --- helpers ----------------------------------------------------------------------------------------

	private ProcedureVersion version() {
		var procedure = catalog.findProcedureByCode(ProcedureCode.of(PROCEDURE)).orElseThrow();
		return catalog.versionInForce(procedure.id(), catalog.today()).orElseThrow();
	}

	private UUID start(Cookie[] citizen) throws Exception {
		String location = mvc
			.perform(post("/account/submissions").param("procedure", PROCEDURE).cookie(citizen).with(csrf()))
			.andExpect(redirectedUrlPattern("/account/submissions/*/applicant"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return UUID.fromString(location.split("/")[3]);
	}

	private MockHttpServletRequestBuilder applicant(UUID draft, Cookie[] citizen, String agency) {
		return applicant(draft, citizen, agency, "0912345678");
	}

	private MockHttpServletRequestBuilder applicant(UUID draft, Cookie[] citizen, String agency, String phone) {
		return post(path(draft, "applicant")).param("version", draftVersion(draft))
			.param("competentAgency", agency)
			.param("fullName", "Trần Thị Bình")
			.param("idNumber", CITIZEN)
			.param("phone", phone)
			.param("email", "binh@example.vn")
			.param("address", "Số 12 đường Trần Phú, phường Hồng Hà")
			.param("onBehalf", "SELF")
			.cookie(citizen)
			.with(csrf());
	}

	private MockHttpServletRequestBuilder form(UUID draft, Cookie[] citizen, Map<String, String> values) {
		var request = post(path(draft, "form")).param("version", draftVersion(draft)).cookie(citizen).with(csrf());
		values.forEach((k, v) -> request.param("f_" + k, v));
		return request;
	}

	private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder files(UUID draft,
			Cookie[] citizen, String action) {
		var request = multipart(path(draft, "files"));
		request.param("version", draftVersion(draft)).param("action", action).cookie(citizen).with(csrf());
		return request;
	}

	private String draftVersion(UUID draft) {
		return String.valueOf(
				jdbc.sql("select version from portal_draft where id = ?").param(draft).query(Long.class).single());
	}

	private int storedFiles(UUID draft) {
		return jdbc.sql("select count(*) from portal_draft_file where draft_id = ?").param(draft).query(Integer.class).single();
	}

	private String html(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static String path(UUID draft, String step) {
		return "/account/submissions/" + draft + "/" + step;
	}

	private static String first(String html, String regex) {
		Matcher m = Pattern.compile(regex).matcher(html);
		assertThat(m.find()).as("%s in the page", regex).isTrue();
		return m.group(1);
	}

	private Cookie[] login(String cccd) throws Exception {
		return mvc.perform(post("/login").param("username", cccd).param("password", "Demo@2025").with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse()
			.getCookies();
	}
}
