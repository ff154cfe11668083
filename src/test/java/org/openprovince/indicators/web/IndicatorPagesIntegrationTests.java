package org.openprovince.indicators.web;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.openprovince.indicators.Decision766;
import org.openprovince.indicators.Indicator;
import org.openprovince.indicators.IndicatorScore;
import org.openprovince.indicators.Period;
import org.openprovince.indicators.Scorecard;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Decision 766 pages on the embedded PostgreSQL with the demo province, through the real security:
 * every figure of the scorecard links to a drill-down whose total is that figure, bad queries answer
 * with a Vietnamese sentence (400, never 500), who may read what, the exports hold the figures, and the
 * public page shows scores without any dossier.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorPagesIntegrationTests {

	private static final String PASSWORD = "Demo@2025";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Sở Tư pháp of the demo province. */
	private static final String TU_PHAP = "000.00.02.H99";

	/** A numerator or denominator link of the scorecard and the figure it shows. */
	private static final Pattern FIGURE = Pattern
		.compile("<a href=\"(/office/indicators/[a-z-]+/(?:numerator|denominator)\\?[^\"]*)\"[^>]*>([^<]+)</a>");

	private static final Pattern DRILL_TOTAL = Pattern.compile("class=\"drill-total\">([^<]+)<");

	@Autowired
	MockMvc mvc;

	@Autowired
	Decision766 engine;

	@Autowired
	Organization organization;

	@Autowired
	MessageSource messages;

	@Test
	void everyFigureOfTheScorecardLinksToTheDossiersBehindItWithTheSameTotal() throws Exception {
		Cookie[] admin = officeLogin("quantri");
		Period month = currentMonth();
		String province = mvc.perform(get("/office/indicators").cookie(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chỉ số 766"), containsString("Toàn tỉnh"),
					containsString("Tổng điểm"), containsString("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn"),
					containsString("Nhóm 2. Tiến độ, kết quả giải quyết"), containsString("Tải xlsx"),
					containsString("Tải PDF"))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Scorecard card = vietnamese(() -> engine.province(month));
		assertThat(province).contains(new ScoreFormat(messages, VIETNAMESE).pointsOf(card.total(), card.maxTotal()));
		List<String[]> figures = figures(province);
		assertThat(figures).hasSize(card.scores().size() * 2);
		for (String[] figure : figures) {
			assertThat(drillTotal(figure[0], admin)).as(figure[0]).isEqualTo(figure[1]);
		}

		AgencyId tuPhap = agency(TU_PHAP);
		String quarter = "%d-Q%d".formatted(month.year(), (month.number() - 1) / 3 + 1);
		String agencyPage = mvc.perform(get("/office/indicators").param("period", quarter)
			.param("agency", tuPhap.value().toString())
			.cookie(admin)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(agencyPage).contains("Sở Tư pháp");
		for (String[] figure : figures(agencyPage)) {
			assertThat(figure[0]).contains("period=" + quarter).contains("agency=" + tuPhap.value());
			assertThat(drillTotal(figure[0], admin)).as(figure[0]).isEqualTo(figure[1]);
		}
	}

	@Test
	void badQueriesAnswerWithAVietnameseSentenceAndTheDefaultFigures() throws Exception {
		Cookie[] admin = officeLogin("quantri");
		mvc.perform(get("/office/indicators").param("period", "2026-13").cookie(admin))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("Kỳ báo cáo"), containsString("không hợp lệ"),
					containsString("Tổng điểm"))));
		mvc.perform(get("/office/indicators").param("period", "2999-01").cookie(admin))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("chưa bắt đầu")));
		mvc.perform(get("/office/indicators").param("agency", "không-phải-mã").cookie(admin))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Không tìm thấy cơ quan")));
		mvc.perform(get("/office/indicators/on-time/numerator").param("period", "tháng này").cookie(admin))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("không hợp lệ"), containsString("drill-total"))));
		mvc.perform(get("/office/dashboard").param("period", "2026-Q5").cookie(officeLogin("lanhdao.tuphap")))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("không hợp lệ")));
		mvc.perform(get("/thong-ke/chi-so").param("period", "x"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("không hợp lệ")));
		mvc.perform(get("/office/indicators/no-such-indicator/numerator").cookie(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/office/indicators/on-time/half").cookie(admin)).andExpect(status().isNotFound());
		mvc.perform(get("/office/indicators/on-time/denominator").param("page", "abc").cookie(admin))
			.andExpect(status().isOk());
	}

	@Test
	void leadersReadEveryAgencyOtherStaffTheirOwnAndOnlyLeadersTheDashboard() throws Exception {
		mvc.perform(get("/office/indicators")).andExpect(redirectedUrl("/office/login"));
		mvc.perform(get("/office/dashboard")).andExpect(redirectedUrl("/office/login"));
		int citizen = mvc.perform(get("/office/dashboard").cookie(portalLogin("001090012345")))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(citizen).isIn(302, 403);

		Cookie[] officer = officeLogin("chuyenvien.tuphap");
		// The error page itself (error/403.html) is rendered by the servlet container: see the browser journey.
		mvc.perform(get("/office/dashboard").cookie(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/office/indicators").cookie(officer))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sở Tư pháp"), not(containsString("Tải xlsx")),
					not(containsString("<option value=\"\">Toàn tỉnh")))));
		AgencyId other = agency("000.00.51.H99");
		mvc.perform(get("/office/indicators").param("agency", other.value().toString()).cookie(officer))
			.andExpect(status().isForbidden());
		mvc.perform(get("/office/indicators/on-time/numerator").param("agency", other.value().toString())
			.cookie(officer)).andExpect(status().isForbidden());
		mvc.perform(get("/office/indicators/export.xlsx").cookie(officer)).andExpect(status().isForbidden());

		Cookie[] leader = officeLogin("lanhdao.tuphap");
		mvc.perform(get("/office/dashboard").cookie(leader))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Màn hình điều hành"), containsString("data-chart=\"line\""),
					containsString("/dist/chart.umd.min.js"), containsString("/js/indicator-charts.js"),
					containsString("Hồ sơ đang quá hạn"), containsString("Điểm theo tháng"),
					containsString("<table class=\"stats overdue\">"), containsString("<caption id=\"overdue-caption\">"))));
		mvc.perform(get("/office/indicators").param("agency", other.value().toString()).cookie(leader))
			.andExpect(status().isOk());
		// Chart.js only where there are charts.
		mvc.perform(get("/office/indicators").cookie(leader))
			.andExpect(content().string(not(containsString("chart.umd"))));
		mvc.perform(get("/office").cookie(leader))
			.andExpect(content().string(allOf(containsString("Hồ sơ đang quá hạn trong tỉnh"),
					containsString("href=\"/office/dashboard\""), containsString("Điểm chỉ số 766"))));
		mvc.perform(get("/office").cookie(officer))
			.andExpect(content().string(not(containsString("Hồ sơ đang quá hạn trong tỉnh"))));
		mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
		mvc.perform(get("/js/indicator-charts.js")).andExpect(status().isOk());
	}

	@Test
	void exportsHoldTheProvinceAndEveryAgency() throws Exception {
		Cookie[] leader = officeLogin("lanhdao.hongha");
		Period month = currentMonth();
		Scorecard province = vietnamese(() -> engine.province(month));
		List<Scorecard> agencies = vietnamese(() -> engine.agencies(month));
		ScoreFormat fmt = new ScoreFormat(messages, VIETNAMESE);

		MvcResult xlsx = mvc.perform(get("/office/indicators/export.xlsx").param("period", month.key()).cookie(leader))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition",
					startsWith("attachment; filename=\"chi-so-766-" + month.key() + ".xlsx\"")))
			.andReturn();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Row> summary = workbook.getSheets().findFirst().orElseThrow().read();
			assertThat(summary.get(0).getCellText(0)).contains("Bộ chỉ số 766").contains(fmt.period(month));
			Row first = dataRows(summary).getFirst();
			assertThat(first.getCellText(0)).isEqualTo(province.scopeName());
			assertThat(first.getCellAsNumber(1).orElseThrow()).isEqualByComparingTo(province.total());
			assertThat(dataRows(summary)).hasSize(1 + agencies.size());
			List<Row> detail = workbook.getSheets().skip(1).findFirst().orElseThrow().read();
			IndicatorScore onTime = province.score(Indicator.ON_TIME).orElseThrow();
			Row line = dataRows(detail).stream()
				.filter(r -> province.scopeName().equals(r.getCellText(0)) && "2.1".equals(r.getCellText(2)))
				.findFirst()
				.orElseThrow();
			assertThat(line.getCellAsNumber(4).orElseThrow().longValue()).isEqualTo(onTime.numerator());
			assertThat(line.getCellAsNumber(5).orElseThrow().longValue()).isEqualTo(onTime.denominator());
			assertThat(dataRows(detail)).hasSize((1 + agencies.size()) * province.scores().size());
		}

		MvcResult pdf = mvc.perform(get("/office/indicators/export.pdf").param("period", month.key()).cookie(leader))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn();
		try (var document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Kết quả đánh giá Bộ chỉ số 766")
				.contains(province.scopeName())
				.contains("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn")
				.contains(fmt.pointsOf(province.total(), province.maxTotal()));
			for (Scorecard agency : agencies) {
				assertThat(text).contains(agency.scopeName());
			}
		}
	}

	@Test
	void thePublicPageShowsTheProvinceScoresWithoutAnyDossier() throws Exception {
		String page = mvc.perform(get("/thong-ke/chi-so"))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("public")))
			.andExpect(content().string(allOf(containsString("Chỉ số phục vụ người dân, doanh nghiệp"),
					containsString("Tổng điểm toàn tỉnh"), containsString("Xếp hạng các cơ quan"),
					containsString("Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn"), not(containsString("/office/indicators")),
					not(containsString("chart.umd")), not(containsString("indicator-charts.js")))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(figures(page)).isEmpty();
		mvc.perform(get("/thong-ke/chi-so").param("period", String.valueOf(currentMonth().year())))
			.andExpect(status().isOk());
		mvc.perform(get("/thong-ke")).andExpect(content().string(containsString("href=\"/thong-ke/chi-so\"")));
		mvc.perform(get("/thong-ke/chi-so").param("lang", "en"))
			.andExpect(content().string(containsString("Service quality scores")));
	}

	/**
	 * What the engine answers a Vietnamese reader (scope names and states come from the bundles in the
	 * current locale, which each request of MockMvc resets).
	 */
	private static <T> T vietnamese(Supplier<T> query) {
		LocaleContextHolder.setLocale(VIETNAMESE);
		try {
			return query.get();
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	/** The rows below the header (the reader leaves out empty rows; row numbers are 1-based). */
	private static List<Row> dataRows(List<Row> rows) {
		return rows.stream().filter(r -> r.getRowNum() > ScorecardExports.HEADER_ROW + 1).toList();
	}

	private static List<String[]> figures(String html) {
		List<String[]> figures = new ArrayList<>();
		Matcher m = FIGURE.matcher(html);
		while (m.find()) {
			figures.add(new String[] { HtmlUtils.htmlUnescape(m.group(1)), m.group(2).strip() });
		}
		return figures;
	}

	private String drillTotal(String href, Cookie[] session) throws Exception {
		String page = mvc.perform(get(href).cookie(session))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = DRILL_TOTAL.matcher(page);
		assertThat(m.find()).as("total on %s", href).isTrue();
		String total = m.group(1).strip();
		if (!"0".equals(total)) {
			assertThat(page).as("lines on %s", href)
				.contains("<table class=\"stats drill\">", "<caption id=\"drill-caption\">", "aria-labelledby=\"drill-caption\"");
		}
		return total;
	}

	private AgencyId agency(String code) {
		return organization.findAgencyByCode(new AgencyCode(code)).orElseThrow().id();
	}

	private static Period currentMonth() {
		var today = LocalDate.now(VietnamTime.ZONE);
		return Period.month(today.getYear(), today.getMonthValue());
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
