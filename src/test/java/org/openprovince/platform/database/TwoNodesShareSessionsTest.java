package org.openprovince.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openprovince.OpenProvinceApplication;
import org.openprovince.identity.AccountService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scale-out: two application nodes on one external PostgreSQL (as production runs with
 * {@code OPENPROVINCE_DB_URL}); a user logged in on one node is served by the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesShareSessionsTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private ConfigurableApplicationContext nodeA;
	private ConfigurableApplicationContext nodeB;
	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@BeforeAll
	void startTwoNodes() {
		var database = EmbeddedPostgresServer.obtain(new DatabaseSettings(java.nio.file.Path.of("unused"), true, false, 0,
				"twonodes"));
		nodeA = node(database.jdbcUrl());
		nodeB = node(database.jdbcUrl());
	}

	private static ConfigurableApplicationContext node(String url) {
		return new SpringApplicationBuilder(OpenProvinceApplication.class).run("--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--server.port=0", "--openprovince.demo.enabled=false");
	}

	@AfterAll
	void stopNodes() {
		if (nodeA != null) {
			nodeA.close();
		}
		if (nodeB != null) {
			nodeB.close();
		}
	}

	@Test
	void secondNodeServesTheSessionStartedOnTheFirst() throws Exception {
		String cccd = "001090" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
		nodeA.getBean(AccountService.class)
			.registerCitizen(new AccountService.CitizenRegistration("Phan Văn Hai Nút", cccd, "0912345678", null,
					"abc12345"));

		var loginPage = http.send(get(nodeA, "/login", null), HttpResponse.BodyHandlers.ofString());
		String cookie = sessionCookie(loginPage);
		var matcher = CSRF.matcher(loginPage.body());
		assertThat(matcher.find()).isTrue();

		var login = http.send(post(nodeA, "/login", cookie,
				Map.of("username", cccd, "password", "abc12345", "_csrf", matcher.group(1))),
				HttpResponse.BodyHandlers.ofString());
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/account"));
		String loggedIn = login.headers().firstValue("Set-Cookie").isPresent() ? sessionCookie(login) : cookie;

		var onB = http.send(get(nodeB, "/account", loggedIn), HttpResponse.BodyHandlers.ofString());
		assertThat(onB.statusCode()).isEqualTo(200);
		assertThat(onB.body()).contains("Phan Văn Hai Nút");
	}

	private static HttpRequest get(ConfigurableApplicationContext node, String path, String cookie) {
		var builder = HttpRequest.newBuilder(uri(node, path)).GET();
		if (cookie != null) {
			builder.header("Cookie", cookie);
		}
		return builder.build();
	}

	private static HttpRequest post(ConfigurableApplicationContext node, String path, String cookie,
			Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(uri(node, path))
			.header("Cookie", cookie)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static URI uri(ConfigurableApplicationContext node, String path) {
		int port = ((WebServerApplicationContext) node).getWebServer().getPort();
		return URI.create("http://localhost:" + port + path);
	}

	private static String sessionCookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("OP_SESSION="))
			.map(c -> c.substring(0, c.indexOf(';')))
			.reduce((a, b) -> b)
			.orElseThrow(() -> new AssertionError("no OP_SESSION cookie"));
	}
}
