package org.openprovince.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.util.StringUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * An SMS brandname gateway over HTTP, as most Vietnamese providers offer one: {@code POST} of
 * {@code {"to": "+84912345678", "text": "…"}} as UTF-8 JSON, with {@code Authorization: Bearer <token>}.
 * Any 2xx answer means accepted; anything else, or no answer within the timeout, is a failure.
 */
class HttpSmsGateway implements SmsSender {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_ERROR_BODY = 200;

	private final URI url;

	private final @Nullable String token;

	private final Duration timeout;

	private final HttpClient http;

	HttpSmsGateway(URI url, @Nullable String token, Duration timeout) {
		this.url = url;
		this.token = StringUtils.hasText(token) ? token.strip() : null;
		this.timeout = timeout;
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@Override
	public void send(String phone, String text) {
		Map<String, String> payload = new LinkedHashMap<>();
		payload.put("to", phone);
		payload.put("text", text);
		var request = HttpRequest.newBuilder(url)
			.timeout(timeout)
			.header("Content-Type", "application/json; charset=utf-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload), StandardCharsets.UTF_8));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		HttpResponse<String> response;
		try {
			response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("SMS gateway " + url + " unreachable: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending an SMS", ex);
		}
		if (response.statusCode() / 100 != 2) {
			String body = response.body() == null ? "" : response.body().strip();
			throw new IllegalStateException("SMS gateway answered HTTP " + response.statusCode()
					+ (body.isEmpty() ? "" : ": " + abbreviate(body)));
		}
	}

	private static String abbreviate(String text) {
		return text.length() <= MAX_ERROR_BODY ? text : text.substring(0, MAX_ERROR_BODY) + "…";
	}

	@Override
	public String toString() {
		return "HttpSmsGateway[" + url + "]";
	}
}
