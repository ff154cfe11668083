package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/** Staff of the demo province log into the back office (demo accounts listed in the README). */
class StaffJourneyTest extends BrowserJourney {

	@Test
	void receptionOfficerSeesTheBackOfficeOfHerAgency() {
		login("tiepnhan.tinh", "Demo@2025");

		assertThat(page.locator("h1")).hasText("Xin chào, Nguyễn Thị Lan");
		assertThat(page.locator("header")).containsText("Trung tâm Phục vụ hành chính công tỉnh");
		assertThat(page.locator("main")).containsText("Cán bộ tiếp nhận và trả kết quả");
		var menu = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Menu chính"));
		assertThat(menu).containsText("Danh bạ cơ quan");
		assertThat(menu).not().containsText("Nhật ký hệ thống");

		page.navigate(url("/office/admin/audit"));
		assertThat(page.locator("h1")).hasText("Bạn không có quyền truy cập");
		assertThat(page.locator(".correlation")).isVisible();
	}

	@Test
	void administratorFindsTheLoginInTheAuditLogAndVerifiesTheChain() {
		login("quantri", "Demo@2025");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký hệ thống").setExact(true)).first().click();

		page.getByLabel("Người thực hiện").fill("quantri");
		page.locator("form.filters button[type=submit]").click();
		assertThat(page.locator("#audit-results")).containsText("Đăng nhập thành công");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiểm tra tính toàn vẹn")).click();
		assertThat(page.locator("main")).containsText("Chuỗi nhật ký toàn vẹn");
	}

	@Test
	void wrongStaffPasswordShowsTheVietnameseError() {
		login("tiepnhan.tinh", "sai-mat-khau-1");
		assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.");
	}

	@Test
	void keyboardUsersCanSkipToTheContent() {
		page.navigate(url("/"));
		page.keyboard().press("Tab");
		assertThat(page.locator(":focus")).hasText("Bỏ qua, đến nội dung chính");
		page.keyboard().press("Enter");
		assertThat(page.locator("#main")).isFocused();
	}

	private void login(String username, String password) {
		page.navigate(url("/office/login"));
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
	}
}
