package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.Test;
import org.openprovince.platform.VietnamTime;

/**
 * Issue 6, the Decision 766 pages as a leader of the demo province uses them: the dashboard draws its
 * charts from tables that stay on the page (and without JavaScript only the tables are there), a figure
 * of the scorecard leads to the dossiers counted in it and on to one dossier's page, a case officer gets
 * the 403 page on the dashboard, and the dashboard's first load on a phone is weighed.
 */
class IndicatorsJourneyTest extends BrowserJourney {

	/** Chart.js (about 70 KB compressed) and the page: more than a portal page, still fit for 3G. */
	static final int DASHBOARD_LIMIT = 160 * 1024;

	@Test
	void aLeaderReadsTheChartsAndClicksAFigureThroughToADossier() {
		List<String> errors = new ArrayList<>();
		page.onConsoleMessage(message -> {
			if ("error".equals(message.type())) {
				errors.add(message.location() + ": " + message.text());
			}
		});
		OfficeDesk desk = new OfficeDesk(page, url(""));
		desk.logIn("lanhdao.tuphap");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Hồ sơ đang quá hạn trong tỉnh"))).click();
		assertThat(page).hasURL(Pattern.compile(".*/office/dashboard$"));
		assertThat(page.locator("h1")).hasText("Màn hình điều hành");

		// The trend: a canvas drawn above its table, and the table still there with a row per month.
		Locator trend = page.locator("table[data-chart=line]");
		assertThat(trend.locator("caption")).containsText("Tổng điểm theo tháng");
		assertThat(trend.locator("tbody tr")).hasCount(LocalDate.now(VietnamTime.ZONE).getMonthValue());
		Locator chart = page.locator(".chart[data-drawn=true] canvas").first();
		assertThat(chart).isVisible();
		assertThat(chart).hasAttribute("aria-hidden", "true");
		assertThat((Boolean) page.evaluate("""
				() => { const c = document.querySelector('.chart canvas');
				        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
				        for (let i = 3; i < d.length; i += 4) { if (d[i] !== 0) return true; }
				        return false; }""")).as("pixels drawn on the chart").isTrue();
		assertThat(page.locator("table.ranking").first()).isVisible();
		assertThat(errors).as("console errors (a CSP refusal would show here)").isEmpty();

		// From the dashboard to the scorecard of the year, then a figure through to its dossiers.
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Chỉ số 766").setExact(true)).click();
		page.locator("#period").selectOption(String.valueOf(LocalDate.now(VietnamTime.ZONE).getYear()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
		Locator figure = page.getByRole(AriaRole.LINK,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Mẫu số chỉ số 2\\.1: ")));
		String shown = figure.textContent().strip();
		assertThat(shown).as("dossiers received or processed this year in the demo province").isNotEqualTo("0");
		figure.click();
		assertThat(page.locator(".drill-total")).hasText(shown);
		Locator first = page.locator("table tbody tr th a").first();
		String reference = first.textContent().strip();
		first.click();
		assertThat(page).hasURL(Pattern.compile(".*/office/dossiers/[0-9a-f-]{36}$"));
		assertThat(page.locator("h1")).containsText(reference);
	}

	@Test
	void withoutJavaScriptTheTablesAreTheChartsAndOthersGetThe403Page() {
		Page plain = newPage(phoneWithoutJavaScript());
		new OfficeDesk(plain, url("")).logIn("lanhdao.hongha");
		plain.navigate(url("/office/dashboard"));
		assertThat(plain.locator("table[data-chart=line] tbody tr").first()).isVisible();
		assertThat(plain.locator("canvas")).hasCount(0);

		new OfficeDesk(page, url("")).logIn("chuyenvien.tuphap");
		Response denied = page.navigate(url("/office/dashboard"));
		assertThat(denied.status()).isEqualTo(403);
		assertThat(page.locator("h1")).hasText("Bạn không có quyền truy cập");
	}

	@Test
	void theDashboardLoadsOnAPhoneWithinItsBudget() {
		new OfficeDesk(page, url("")).logIn("quantri");
		Page fresh = newPage(contextOptions().setIsMobile(true).setHasTouch(true));
		fresh.context().addCookies(page.context().cookies());
		List<Request> finished = new ArrayList<>();
		fresh.onRequestFinished(finished::add);
		Response response = fresh.navigate(url("/office/dashboard"));
		assertThat(response.status()).isEqualTo(200);
		fresh.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(fresh.locator(".chart[data-drawn=true]").first()).isVisible();
		assertThat((Integer) fresh.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling")
			.isLessThanOrEqualTo(390);
		long bytes = 0;
		StringBuilder report = new StringBuilder("Dashboard first load (phone, empty cache):\n");
		for (Request request : finished) {
			long size = request.sizes().responseHeadersSize + request.sizes().responseBodySize;
			bytes += size;
			report.append(String.format("%8d B  %s%n", size, request.url().substring(url("").length())));
		}
		System.out.println(report.append(String.format("%8d B  total%n", bytes)));
		assertThat(bytes).isLessThanOrEqualTo(DASHBOARD_LIMIT);
	}
}
