package org.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the payment tests: real HTTP to the application on its random port,
 * its own cookies, no automatic redirects, and the CSRF token taken from the page it posts from.
 */
final class PortalClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	PortalClient(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	String base() {
		return base;
	}

	HttpResponse<String> get(String pathOrUrl) {
		return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept-Language", "vi").GET().build());
	}

	/** Posts a form from {@code page} (its CSRF token is added). */
	HttpResponse<String> post(String path, String page, Map<String, String> fields) {
		var form = new LinkedHashMap<>(fields);
		form.put("_csrf", csrf(page));
		String body = form.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept-Language", "vi")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/** Logs a citizen in on the portal, or staff in the back office. */
	PortalClient login(String username, boolean staff) {
		String loginPath = staff ? "/office/login" : "/login";
		var page = get(loginPath);
		var answer = post(loginPath, page.body(), Map.of("username", username, "password", "Demo@2025"));
		assertThat(answer.statusCode()).as("login of %s", username).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		return this;
	}

	static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElseThrow();
	}

	static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		assertThat(matcher.find()).as("CSRF token on the page").isTrue();
		return matcher.group(1);
	}

	/** The value of a hidden input, HTML-unescaped. */
	static String hidden(String page, String name) {
		Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
		assertThat(matcher.find()).as("hidden input %s", name).isTrue();
		return matcher.group(1).replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"");
	}

	private URI uri(String pathOrUrl) {
		return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Signs gateway parameters like VNPay does, independently of the production code. */
	static String signedQuery(String secret, Map<String, String> params) {
		String data = new java.util.TreeMap<>(params).entrySet()
			.stream()
			.filter(e -> !e.getValue().isEmpty())
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		try {
			var mac = javax.crypto.Mac.getInstance("HmacSHA512");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			return data + "&vnp_SecureHash="
					+ java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The parameters of a URL's query, form-decoded. */
	static Map<String, String> query(String url) {
		var params = new LinkedHashMap<String, String>();
		String query = URI.create(url).getRawQuery();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			params.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
					java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
		}
		return params;
	}
}
