package org.openprovince.feedback;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.feedback.internal.Feedback;
import org.openprovince.feedback.internal.FeedbackService;
import org.openprovince.feedback.internal.FeedbackService.Submission;
import org.openprovince.feedback.internal.SubjectKind;
import org.openprovince.identity.AccountService;
import org.openprovince.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The feedback pages through the real security and CSRF: the public list and answer without any
 * personal data, the submission form for guests and citizens, a citizen's own items and votes, the
 * back-office queue, handling page and actions, and the home-page card.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FeedbackPagesIntegrationTests {

	private static final String PASSWORD = "Demo@2025";

	@Autowired
	MockMvc mvc;

	@Autowired
	FeedbackService service;

	@Autowired
	AccountService accounts;

	@Autowired
	Organization organization;

	@Autowired
	JdbcClient jdbc;

	FeedbackFixtures fixtures;

	@BeforeEach
	void setUp() {
		fixtures = new FeedbackFixtures(service, accounts, organization);
	}

	@Test
	void publicPagesShowTheAnswerButNeverWhoAskedNorHowToReachThem() throws Exception {
		UUID tuPhap = fixtures.agency(FeedbackFixtures.TU_PHAP);
		Feedback f = service.submit(new Submission(SubjectKind.OFFICIAL, tuPhap, null, "Cán Bộ Riêng Tư",
				"000.00.09.H99-261121-0042", "Phản ánh về thái độ tiếp dân",
				"Cán bộ không hướng dẫn tôi đầy đủ giấy tờ, tôi phải đi lại ba lần.", "Trịnh Bí Mật",
				"Số 99 ngõ Kín, phường Hồng Hà", "0911222333", "bimat@example.vn"), null);
		var head = fixtures.user("truongphong.tuphap");
		f = service.accept(f.id(), f.version(), head, org.openprovince.feedback.internal.Classification.OFFICIAL_CONDUCT,
				head.accountId().value());
		f = service.answer(f.id(), f.version(), head, "Sở đã nhắc nhở cán bộ và niêm yết danh mục giấy tờ.");
		f = service.publish(f.id(), f.version(), fixtures.user("lanhdao.tuphap"));

		var secrets = allOf(not(containsString("Trịnh Bí Mật")), not(containsString("0911222333")),
				not(containsString("bimat@example.vn")), not(containsString("ngõ Kín")),
				not(containsString("Cán Bộ Riêng Tư")), not(containsString("261121-0042")));
		mvc.perform(get("/phan-anh"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phản ánh về thái độ tiếp dân"),
					containsString("niêm yết danh mục giấy tờ"), secrets)));
		mvc.perform(get("/phan-anh").param("q", "thai do tiep dan").param("agency", tuPhap.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(f.code()), secrets)));
		mvc.perform(get("/phan-anh").param("q", "không có từ này ở đâu cả"))
			.andExpect(content().string(not(containsString(f.code()))));
		mvc.perform(get("/phan-anh/" + f.code()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("niêm yết danh mục giấy tờ"),
					containsString("Đăng nhập để đánh giá"), secrets)));
		Feedback open = fixtures.accepted();
		mvc.perform(get("/phan-anh/" + open.code())).andExpect(status().isNotFound());
	}

	@Test
	void aGuestSubmitsWithVietnameseValidationThenSeesTheCode() throws Exception {
		mvc.perform(get("/phan-anh/gui"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Gửi phản ánh, kiến nghị")));
		mvc.perform(post("/phan-anh/gui").param("title", "Chờ lâu")).andExpect(status().isForbidden());
		mvc.perform(post("/phan-anh/gui").param("title", "").param("content", "ngắn").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Vui lòng nhập tiêu đề"),
					containsString("Vui lòng nhập nội dung từ 20"), containsString("Vui lòng chọn cơ quan"),
					containsString("Vui lòng nhập họ và tên"), containsString("số điện thoại hoặc thư điện tử"))));
		mvc.perform(form().param("dossierCode", "HS-1").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã hồ sơ HS-1 không đúng định dạng")));

		long before = count();
		MvcResult done = mvc.perform(form().with(csrf()))
			.andExpect(redirectedUrl("/phan-anh/da-gui"))
			.andReturn();
		assertThat(count()).isEqualTo(before + 1);
		String code = (String) done.getFlashMap().get("submittedCode");
		// The flash travels in the session the POST created (Spring Session), as in a browser.
		mvc.perform(get("/phan-anh/da-gui").cookie(done.getResponse().getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
	}

	@Test
	void aCitizenSubmitsFollowsSupplementsAndVotes() throws Exception {
		Cookie[] citizen = portalLogin("036195004321");
		mvc.perform(get("/phan-anh/gui").cookie(citizen))
			.andExpect(content().string(containsString("binh.tran@example.vn")));
		MvcResult done = mvc.perform(form(null).cookie(citizen).with(csrf()))
			.andExpect(redirectedUrl("/phan-anh/da-gui"))
			.andReturn();
		String code = (String) done.getFlashMap().get("submittedCode");
		mvc.perform(get("/phan-anh/da-gui").cookie(citizen)).andExpect(content().string(containsString(code)));
		Feedback mine = service.own(code, fixtures.user("036195004321")).orElseThrow();
		var head = fixtures.user("truongphong.tuphap");
		Feedback asked = service.requestSupplement(mine.id(), mine.version(), head, "Xin cho biết ngày nộp hồ sơ.");
		mvc.perform(get("/account/phan-anh").cookie(citizen))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(code), containsString("Xin cho biết ngày nộp hồ sơ."),
					containsString("/account/phan-anh/" + code + "/bo-sung"))));
		mvc.perform(post("/account/phan-anh/" + code + "/bo-sung").param("version", String.valueOf(asked.version()))
			.param("text", "Tôi nộp ngày 20/11.").cookie(citizen).with(csrf()))
			.andExpect(redirectedUrl("/account/phan-anh#" + code))
			.andExpect(flash().attribute("flashSuccess", containsString(code)));
		mvc.perform(get("/account/phan-anh")).andExpect(status().is3xxRedirection());

		Feedback published = fixtures.published("Đã trả lời.");
		mvc.perform(post("/phan-anh/" + published.code() + "/binh-chon").param("value", "1").with(csrf()))
			.andExpect(redirectedUrl("/login"));
		mvc.perform(post("/phan-anh/" + published.code() + "/binh-chon").param("value", "-1").cookie(citizen).with(csrf()))
			.andExpect(redirectedUrl("/phan-anh/" + published.code()));
		mvc.perform(get("/phan-anh/" + published.code()).cookie(citizen))
			.andExpect(content().string(allOf(containsString("0 hài lòng · 1 không hài lòng"),
					containsString("aria-pressed=\"true\""))));
	}

	@Test
	void officersSeeTheirQueueActAndAStalePageIsRefused() throws Exception {
		Feedback f = fixtures.received(FeedbackFixtures.TU_PHAP, null);
		Cookie[] head = officeLogin("truongphong.tuphap");
		mvc.perform(get("/office/feedback").cookie(head))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(f.code()), containsString("Mới tiếp nhận"))));
		mvc.perform(get("/office").cookie(head))
			.andExpect(content().string(containsString("Phản ánh, kiến nghị chờ xử lý")));
		mvc.perform(get("/office/feedback/" + f.id()).cookie(head))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lê Thị Thu"), containsString("0912345678"),
					containsString("/office/feedback/" + f.id() + "/accept"), containsString("Hạn từ chối tiếp nhận"),
					not(containsString("/publish\"")))));

		String handler = fixtures.user("truongphong.tuphap").accountId().value().toString();
		mvc.perform(post("/office/feedback/" + f.id() + "/accept").param("version", String.valueOf(f.version()))
			.param("classification", "REGULATION_PROCEDURE").param("handler", handler).cookie(head).with(csrf()))
			.andExpect(redirectedUrl("/office/feedback/" + f.id()))
			.andExpect(flash().attribute("flashSuccess", containsString(f.code())));
		mvc.perform(post("/office/feedback/" + f.id() + "/refuse").param("version", String.valueOf(f.version()))
			.param("text", "Muộn").cookie(head).with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("vừa được người khác cập nhật")))
			.andExpect(flash().attribute("stale", true));
		mvc.perform(post("/office/feedback/" + f.id() + "/answer").param("version", String.valueOf(f.version() + 1))
			.param("text", "").cookie(head).with(csrf()))
			.andExpect(flash().attribute("flashError", containsString("nội dung trả lời")));
		assertThat(jdbc.sql("select status from feedback where id = ?").param(f.id()).query(String.class).single())
			.isEqualTo("ACCEPTED");

		Cookie[] other = officeLogin("chuyenvien.tuphap");
		mvc.perform(get("/office/feedback/" + f.id()).cookie(other)).andExpect(status().isNotFound());
		mvc.perform(post("/office/feedback/" + f.id() + "/answer").param("version", "2").param("text", "x")
			.cookie(other).with(csrf())).andExpect(status().isNotFound());
		Cookie[] hongHa = officeLogin("lanhdao.hongha");
		mvc.perform(get("/office/feedback").cookie(hongHa))
			.andExpect(content().string(not(containsString(f.code()))));
		mvc.perform(get("/office/feedback").param("tab", "OVERDUE").cookie(hongHa)).andExpect(status().isOk());
	}

	private MockHttpServletRequestBuilder form() {
		return form("0912345678");
	}

	private MockHttpServletRequestBuilder form(@Nullable String phone) {
		var form = post("/phan-anh/gui").param("subject", "PROCEDURE")
			.param("agencyId", fixtures.agency(FeedbackFixtures.TU_PHAP).toString())
			.param("procedureCode", "1.001193")
			.param("title", "Thời gian trả kết quả")
			.param("content", "Đề nghị cho phép nhận kết quả qua bưu điện để đỡ đi lại.")
			.param("name", "Khách Vãng Lai")
			.param("address", "Số 5 phố Huế");
		return phone == null ? form : form.param("phone", phone);
	}

	private long count() {
		return jdbc.sql("select count(*) from feedback").query(Long.class).single();
	}

	private Cookie[] officeLogin(String username) throws Exception {
		return mvc.perform(post("/office/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/office"))
			.andReturn()
			.getResponse()
			.getCookies();
	}

	private Cookie[] portalLogin(String username) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/account"))
			.andReturn()
			.getResponse()
			.getCookies();
	}
}
