package org.openprovince.portal.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.dossier.CitizenDossiers;
import org.openprovince.dossier.CitizenFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Public tracking without login: the code and four digits show the public view, the code alone shows
 * the form only, and a wrong number looks exactly like an unknown code; never any personal data.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrackingPageIntegrationTests {

	private static final String NAME = "Phạm Thị Riêng Tư";

	private static final String ID_NUMBER = "001190077531";

	private static final String PHONE = "0987 654 321";

	@Autowired
	MockMvc mvc;

	@Autowired
	CitizenDossiers dossiers;

	@Autowired
	ApplicationContext context;

	CitizenFixtures citizens;

	@BeforeEach
	void setUp() {
		citizens = new CitizenFixtures(context);
	}

	@Test
	void showsThePublicViewWithTheRightDigitsAndNoPersonalData() throws Exception {
		String code = received();
		for (String digits : new String[] { "7531", "4321" }) {
			String html = mvc.perform(get("/tra-cuu").param("ma", code).param("so", digits))
				.andExpect(status().isOk())
				.andExpect(header().string("Cache-Control", containsString("no-store")))
				.andExpect(content().string(allOf(containsString("<meta name=\"robots\" content=\"noindex, nofollow\">"),
						containsString("2 – Được tiếp nhận"), containsString("Trung tâm Phục vụ hành chính công"),
						containsString("Ngày hẹn trả kết quả"), containsString("tiếp nhận hồ sơ trực tuyến"))))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).doesNotContain(NAME, "Riêng Tư", ID_NUMBER, "0987", "654 321", "nguoinop@example.vn",
					"Hàng Bài", "Bổ sung hồ sơ xin việc", "to-khai.pdf");
		}
		mvc.perform(get("/tra-cuu").param("ma", code.toLowerCase()).param("so", " 7531 "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 – Được tiếp nhận")));
	}

	@Test
	void aWrongNumberAndAnUnknownCodeGetTheSameAnswer() throws Exception {
		String code = received();
		String wrong = body(get("/tra-cuu").param("ma", code).param("so", "0000"));
		String unknown = body(get("/tra-cuu").param("ma", "000.00.09.H99-990101-9999").param("so", "7531"));
		String message = "Không tìm thấy hồ sơ với mã và 4 chữ số này.";
		assertThat(wrong).contains(message).doesNotContain("Được tiếp nhận", "Trung tâm Phục vụ hành chính công tỉnh");
		assertThat(unknown).contains(message);
		assertThat(wrong.replace(code, "X")).isEqualTo(unknown.replace("000.00.09.H99-990101-9999", "X"));
	}

	@Test
	void theCodeAloneShowsTheFormAskingForTheDigitsAndNothingElse() throws Exception {
		String code = received();
		String html = body(get("/tra-cuu").param("ma", code));
		assertThat(html).contains("value=\"" + code + "\"", "name=\"so\"", "Hãy nhập 4 chữ số cuối")
			.doesNotContain("Được tiếp nhận", "Ngày hẹn trả kết quả", "Lý lịch tư pháp", "lý lịch tư pháp", NAME);

		assertThat(body(get("/tra-cuu"))).contains("name=\"ma\"", "name=\"so\"").doesNotContain("alert");
		assertThat(body(get("/tra-cuu").param("ma", "abc").param("so", "1234"))).contains("Mã hồ sơ không đúng định dạng");
		assertThat(body(get("/tra-cuu").param("ma", code).param("so", "12a4"))).contains("Hãy nhập đúng 4 chữ số.")
			.doesNotContain("Được tiếp nhận");
	}

	@Test
	void theHomePageLinksEveryService() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("href=\"/tra-cuu\""), containsString("href=\"/thu-tuc\""),
					containsString("href=\"/thu-tuc?online=FULL\""), containsString("href=\"/phan-anh\""),
					containsString("href=\"/thong-ke\""), containsString("Thống kê, đánh giá"),
					not(containsString("Sắp ra mắt")))));
	}

	/** An online submission the desk accepted (status 2), by an applicant whose data must never show. */
	private String received() {
		var citizen = citizens.citizen(CitizenFixtures.BINH);
		var submitted = dossiers.submit(citizen, citizens.application(NAME, ID_NUMBER, PHONE));
		citizens.accepted(submitted.id());
		return submitted.code().value();
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
