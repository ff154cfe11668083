package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

/** A citizen on a phone registers on the portal, logs in, and a wrong password gets a clear message. */
class CitizenJourneyTest extends BrowserJourney {

	@Test
	void citizenRegistersAndLogsIn() {
		String cccd = "079201" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		page.navigate(url("/"));
		assertThat(page.locator("h1")).containsText("Cổng Dịch vụ công");
		page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng ký tài khoản")).click();

		page.getByLabel("Họ và tên").fill("Lê Hoàng Cường");
		page.getByLabel("Số định danh cá nhân (CCCD)").fill(cccd);
		page.getByLabel("Số điện thoại").fill("0987654321");
		page.locator("#password").fill("matkhau2025");
		page.getByLabel("Nhập lại mật khẩu").fill("matkhau2025");
		page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new com.microsoft.playwright.Page.GetByRoleOptions().setName("Đăng ký")).click();

		assertThat(page.locator(".alert.success")).containsText("Đăng ký thành công");
		page.getByLabel("Số định danh cá nhân (CCCD)").fill(cccd);
		page.getByLabel("Mật khẩu").fill("matkhau2025");
		page.locator("form.stack button[type=submit]").click();

		assertThat(page.locator("h1")).hasText("Tài khoản của tôi");
		assertThat(page.locator("main")).containsText("Lê Hoàng Cường");
	}

	@Test
	void wrongPasswordShowsTheVietnameseError() {
		page.navigate(url("/login"));
		page.getByLabel("Số định danh cá nhân (CCCD)").fill("001090000001");
		page.getByLabel("Mật khẩu").fill("khongdung1");
		page.locator("form.stack button[type=submit]").click();

		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.ALERT))
			.hasText("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.");
	}

	@Test
	void invalidCitizenIdIsExplainedNextToTheField() {
		page.navigate(url("/register"));
		page.getByLabel("Họ và tên").fill("Trần Thị Bình");
		page.getByLabel("Số định danh cá nhân (CCCD)").fill("12345");
		page.getByLabel("Số điện thoại").fill("0912345678");
		page.locator("#password").fill("matkhau2025");
		page.getByLabel("Nhập lại mật khẩu").fill("matkhau2025");
		page.locator("form.stack button[type=submit]").click();

		assertThat(page.locator("#citizenId-error")).hasText("Số định danh cá nhân phải gồm đúng 12 chữ số.");
		assertThat(page.locator("#citizenId")).hasAttribute("aria-invalid", "true");
	}
}
