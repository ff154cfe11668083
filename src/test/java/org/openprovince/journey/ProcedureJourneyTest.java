package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** Issue 3, as a person tries it: finding a procedure without typing accents, in the back office and on the portal. */
class ProcedureJourneyTest extends BrowserJourney {

	@Test
	void receptionOfficerFindsTheDrivingLicenceProcedureWithoutAccents() {
		page.navigate(url("/office/login"));
		page.getByLabel("Tên đăng nhập").fill("tiepnhan.tinh");
		page.getByLabel("Mật khẩu").fill("Demo@2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thủ tục hành chính")).click();
		page.locator("#q").fill("giay phep lai xe");
		page.locator("#q").press("Enter");
		page.locator("main a", new Page.LocatorOptions().setHasText("Giấy phép lái xe")).first().click();

		assertThat(page.locator("h1")).containsText("Giấy phép lái xe");
		assertThat(page.locator("#fees")).hasText("Phí, lệ phí");
		assertThat(page.locator("main")).containsText("Quy trình nội bộ");
	}

	@Test
	void citizenSeesWhatToBringAndWhatItCostsOnThePortal() {
		page.navigate(url("/"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tra cứu thủ tục hành chính")).click();
		page.getByLabel("Bạn cần làm thủ tục gì?").fill("cap lai giay phep lai xe");
		page.getByLabel("Bạn cần làm thủ tục gì?").press("Enter");
		Locator result = page.locator("main a", new Page.LocatorOptions().setHasText("Giấy phép lái xe")).first();
		result.click();

		assertThat(page.locator("#bring")).hasText("Cần chuẩn bị giấy tờ gì?");
		assertThat(page.locator("#cost")).hasText("Lệ phí bao nhiêu?");
		assertThat(page.locator("#where")).isVisible();
	}
}
