package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * An officer of the demo province at the back office, in one browser page: logs in (every demo
 * account has the password {@code Demo@2025}) and takes the actions offered in the {@code <details>}
 * panels of a dossier's page.
 */
final class OfficeDesk {

	static final String FORWARD = "Chuyển bước tiếp theo";

	private final Page page;

	private final String baseUrl;

	OfficeDesk(Page page, String baseUrl) {
		this.page = page;
		this.baseUrl = baseUrl;
	}

	Page page() {
		return page;
	}

	/** Logs out whoever was logged in, then logs {@code username} in. */
	OfficeDesk logIn(String username) {
		page.context().clearCookies();
		page.navigate(baseUrl + "/office/login");
		page.getByLabel("Tên đăng nhập").fill(username);
		page.getByLabel("Mật khẩu").fill("Demo@2025");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
		assertThat(page).hasURL(Pattern.compile(".*/office$"));
		return this;
	}

	/** Takes the action whose panel has the summary {@code action}, filling its form first; it succeeds. */
	void act(String action, Consumer<Locator> fill) {
		Locator panel = page.locator("details.action")
			.filter(new Locator.FilterOptions().setHas(page.locator("summary", new Page.LocatorOptions()
				.setHasText(Pattern.compile("^" + PortalCitizen.literal(action) + "$")))));
		if (panel.getAttribute("open") == null) {
			panel.locator("summary").click();
		}
		fill.accept(panel);
		panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(action).setExact(true)).click();
		assertThat(page.locator(".alert.success")).isVisible();
	}

	void act(String action) {
		act(action, panel -> {
		});
	}

	void forward() {
		act(FORWARD);
	}
}
