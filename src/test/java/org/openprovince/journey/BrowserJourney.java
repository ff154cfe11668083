package org.openprovince.journey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser journeys: the whole application on a random port (embedded PostgreSQL, demo
 * data) and Debian's Chromium driven by Playwright. Playwright never downloads a browser here.
 *
 * <p>Without Chromium the journeys are skipped on a developer machine, but fail on CI
 * ({@code CI=true}), where {@code .ci/run} installs it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "openprovince.demo.enabled=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

	private static final Path CHROMIUM = Path.of(System.getProperty("openprovince.test.chromium", "/usr/bin/chromium"));

	@LocalServerPort
	int port;

	private Playwright playwright;
	private Browser browser;
	private final List<BrowserContext> contexts = new ArrayList<>();
	protected Page page;

	@BeforeAll
	void launchBrowser() {
		boolean present = Files.isExecutable(CHROMIUM);
		if (!present && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("Chromium not found at " + CHROMIUM + "; .ci/run should install it");
		}
		Assumptions.assumeTrue(present, "Chromium not installed at " + CHROMIUM + " (apt-get install chromium)");
		playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-quic",
						"--no-first-run", "--disable-component-update", "--disable-sync")));
	}

	@BeforeEach
	void openPage() {
		page = newPage(contextOptions());
	}

	/** The options of {@link #page}'s context; a journey overrides this for another device or without JavaScript. */
	protected Browser.NewContextOptions contextOptions() {
		return new Browser.NewContextOptions().setLocale("vi-VN").setViewportSize(390, 844);
	}

	/** A phone (390×844, touch) whose browser runs no JavaScript: the pages must work as plain HTML. */
	protected static Browser.NewContextOptions phoneWithoutJavaScript() {
		return new Browser.NewContextOptions().setLocale("vi-VN")
			.setViewportSize(390, 844)
			.setIsMobile(true)
			.setHasTouch(true)
			.setJavaScriptEnabled(false);
	}

	/** A page in a new context of its own (cookies, cache), closed after the test like {@link #page}. */
	protected Page newPage(Browser.NewContextOptions options) {
		BrowserContext context = browser.newContext(options);
		context.setDefaultTimeout(15_000);
		contexts.add(context);
		return context.newPage();
	}

	@AfterEach
	void closePage() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	@AfterAll
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
		if (playwright != null) {
			playwright.close();
		}
	}

	protected String url(String path) {
		return "http://localhost:" + port + path;
	}
}
