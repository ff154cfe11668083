package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Issue 4, as the officers of the demo province do it in the browser: a criminal-record certificate
 * received at the provincial center's counter, its receipt opened as a PDF, processed by Sở Tư pháp
 * step by step (specialist, head of unit, director, clerk with the result document) and handed back at
 * the counter: status 10.
 */
class DossierJourneyTest extends BrowserJourney {

	private static final Pattern CODE = Pattern.compile("000\\.00\\.09\\.H99-\\d{6}-\\d{4}");

	@Test
	void fromTheCounterToTheReturnedResult() throws IOException {
		OfficeDesk desk = new OfficeDesk(page, url(""));
		desk.logIn("tiepnhan.tinh");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếp nhận hồ sơ").setExact(true)).click();
		page.locator("#q").fill("ly lich tu phap");
		page.locator("#q").press("Enter");
		page.locator("main a", new Page.LocatorOptions().setHasText("Phiếu lý lịch tư pháp")).first().click();

		page.getByLabel("Họ và tên người nộp").fill("Nguyễn Thị Hoà");
		page.getByLabel("Số CCCD / giấy tờ tùy thân").fill("001190008888");
		page.getByLabel("Số điện thoại").fill("0912 345 678");
		page.locator("input[id='components0.received']").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tiếp nhận và cấp giấy hẹn")).click();

		assertThat(page.locator("h1")).containsText("Hồ sơ");
		String code = firstMatch(page.locator("h1").textContent());
		String dossierUrl = page.url();

		// The receipt (Mẫu 01) is a real PDF with the code in it.
		String receiptHref = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("In giấy tiếp nhận"))
			.first()
			.getAttribute("href");
		APIResponse receipt = page.request().get(url(receiptHref));
		assertThat(receipt.headers().get("content-type")).startsWith("application/pdf");
		try (var pdf = Loader.loadPDF(receipt.body())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains(code).contains("Nguyễn Thị Hoà");
		}

		desk.forward();
		assertThat(page.locator("main")).containsText("Đang xử lý");

		for (String officer : new String[] { "chuyenvien.tuphap", "truongphong.tuphap", "lanhdao.tuphap" }) {
			desk.logIn(officer);
			page.navigate(dossierUrl);
			desk.forward();
		}

		desk.logIn("vanthu.tuphap");
		page.navigate(dossierUrl);
		desk.act(OfficeDesk.FORWARD, panel -> {
			panel.getByLabel("Số, ký hiệu văn bản kết quả").fill("125/PLLTP-STP");
			panel.getByLabel("Người ký").fill("Hoàng Văn Nam");
			panel.getByLabel("Ngày ký").fill(java.time.LocalDate.now().toString());
		});
		assertThat(page.locator("main")).containsText("Đã xử lý xong");

		desk.logIn("tiepnhan.tinh");
		page.navigate(dossierUrl);
		desk.act("Trả kết quả", panel -> panel.getByLabel("Họ tên người nhận kết quả").fill("Nguyễn Thị Hoà"));

		assertThat(page.locator("main")).containsText("Đã trả kết quả");
		assertThat(page.locator("main")).containsText(code);
	}

	private static String firstMatch(String text) {
		var m = CODE.matcher(text);
		org.assertj.core.api.Assertions.assertThat(m.find()).as("dossier code in %s", text).isTrue();
		return m.group();
	}
}
