package org.openprovince.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureVersion;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Deliverable 7 of issue 5, measured in the browser: the procedure page, each step of online
 * submission, the citizen's dossier page and tracking each transfer at most 100 KB on a first load
 * (a new browser context: empty cache), document and every subresource, headers and bodies as they
 * went over the wire (gzip where the server compresses). The figures are printed and written to
 * {@code target/page-weights.txt}.
 */
class PageWeightJourneyTest extends BrowserJourney {

	static final int LIMIT = 100 * 1024;

	static final Path REPORT = Path.of("target", "page-weights.txt");

	@Autowired
	Catalog catalog;

	/** One page's first load. */
	record Weight(String page, String path, long bytes, List<String> resources) {
	}

	@Test
	void everyPageOfOnlineSubmissionLoadsInAtMost100KB() throws IOException {
		ProcedureVersion version = PortalCitizen.inForce(catalog, OnlineSubmissionJourneyTest.PROCEDURE);
		String cccd = PortalCitizen.freshCitizenId();
		var citizen = new PortalCitizen(page, url(""));
		citizen.register("Phạm Thu Hà", cccd, "ha" + ThreadLocalRandom.current().nextInt(1_000_000) + "@example.vn");
		citizen.logIn(cccd, PortalCitizen.PASSWORD);
		citizen.startOnline(OnlineSubmissionJourneyTest.PROCEDURE);
		citizen.applicant("Sở Tư pháp");
		citizen.eForm(version.content().formFields());
		citizen.documents(version.content().documents());
		String draft = page.url().substring(url("").length(), page.url().lastIndexOf('/'));

		List<Weight> weights = new ArrayList<>();
		weights.add(firstLoad("Thủ tục (procedure page)", "/thu-tuc/" + OnlineSubmissionJourneyTest.PROCEDURE));
		weights.add(firstLoad("Bước 1 – Người nộp", draft + "/applicant"));
		weights.add(firstLoad("Bước 2 – Tờ khai", draft + "/form"));
		weights.add(firstLoad("Bước 3 – Giấy tờ", draft + "/files"));
		weights.add(firstLoad("Bước 4 – Xem lại", draft + "/review"));
		citizen.submit();
		weights.add(firstLoad("Hồ sơ của tôi (dossier)", page.url().substring(url("").length())));
		weights.add(firstLoad("Tra cứu", "/tra-cuu"));

		String table = table(weights);
		System.out.println(table);
		Files.createDirectories(REPORT.getParent());
		Files.writeString(REPORT, table);

		var soft = new SoftAssertions();
		weights.forEach(w -> soft.assertThat(w.bytes()).as("first load of %s (%s)", w.page(), w.path()).isLessThanOrEqualTo(LIMIT));
		soft.assertAll();
	}

	/**
	 * Loads {@code path} as the logged-in citizen in a new context (its cache empty), on a phone with
	 * JavaScript on, so that scripts count; sums what every finished request transferred.
	 */
	private Weight firstLoad(String name, String path) {
		Page fresh = newPage(contextOptions().setIsMobile(true).setHasTouch(true));
		List<Cookie> cookies = page.context().cookies();
		fresh.context().addCookies(cookies);
		List<Request> finished = new ArrayList<>();
		fresh.onRequestFinished(finished::add);
		Response response = fresh.navigate(url(path));
		assertThat(response.status()).as(path).isEqualTo(200);
		assertThat(fresh).hasURL(url(path));
		fresh.waitForLoadState(LoadState.NETWORKIDLE);
		// Fits a phone: nothing wider than the 390 px window, no sideways scrolling.
		assertThat((Integer) fresh.evaluate("document.documentElement.scrollWidth")).as("width of %s", path)
			.isLessThanOrEqualTo(390);
		// Images, if any, load lazily, so that they cost nothing until scrolled to.
		for (var image : fresh.locator("img").all()) {
			assertThat(image).hasAttribute("loading", "lazy");
		}
		long bytes = 0;
		List<String> resources = new ArrayList<>();
		for (Request request : finished) {
			var sizes = request.sizes();
			long size = sizes.responseHeadersSize + sizes.responseBodySize;
			bytes += size;
			Response answer = request.response();
			String encoding = answer == null ? null : answer.headerValue("content-encoding");
			String type = answer == null ? null : answer.headerValue("content-type");
			String resource = request.url().substring(url("").length());
			resources.add(String.format("%8d B  %-5s %-30s %s", size, encoding == null ? "-" : encoding,
					type == null ? "-" : type.replace(";charset=UTF-8", ""), resource));
			// Text over the server's 1 KB threshold goes compressed (server.compression in application.yaml).
			if (type != null && type.matches("(text/.*|application/(javascript|json).*)") && sizes.responseBodySize > 1024) {
				assertThat(encoding).as("compression of %s (%s)", resource, type).isNotNull();
			}
		}
		return new Weight(name, path, bytes, resources);
	}

	private static String table(List<Weight> weights) {
		var out = new StringBuilder("First load, empty cache, phone, JavaScript on (limit ").append(LIMIT)
			.append(" bytes)\n");
		out.append(String.format("%-28s %10s %9s%n", "Page", "Bytes", "Requests"));
		for (Weight w : weights) {
			out.append(String.format("%-28s %10d %9d%n", w.page(), w.bytes(), w.resources().size()));
		}
		out.append("\nResources (transferred = headers + body; encoding):\n");
		for (Weight w : weights) {
			out.append(w.page()).append(" — ").append(w.path()).append('\n');
			w.resources().forEach(r -> out.append("  ").append(r).append('\n'));
		}
		return out.toString();
	}
}
