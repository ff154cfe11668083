package org.openprovince.sandboxportal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Calls the sandbox portal over HTTP like the sync client does: JSON posted to the one endpoint, a
 * session from LayToken.
 */
final class PortalClient {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String USERNAME = "openprovince";

	static final String PASSWORD = "sandbox";

	static final String UNIT = "000.00.00.H99";

	private final URI endpoint;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	PortalClient(int port) {
		this.endpoint = URI.create("http://localhost:" + port + PortalApiController.PATH);
	}

	/** A reply: the HTTP status and the JSON body (an empty object when there is none). */
	record Reply(int status, JsonNode body) {

		String code() {
			return body.path("error_code").asString();
		}

		String message() {
			return body.path("message").asString();
		}

		/** The verdict of the only item of a batch. */
		JsonNode verdict() {
			return body.path("ketqua").get(0);
		}
	}

	Reply post(String body) {
		var request = HttpRequest.newBuilder(endpoint)
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json; charset=UTF-8")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			JsonNode json = response.body().isBlank() || !response.body().strip().startsWith("{")
					? JSON.createObjectNode() : JSON.readTree(response.body());
			return new Reply(response.statusCode(), json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Reply post(ObjectNode body) {
		return post(JSON.writeValueAsString(body));
	}

	Reply token(String username, String password, String unit) {
		return post(JSON.createObjectNode()
			.put("service", "LayToken")
			.put("madonvi", unit)
			.put("username", username)
			.put("password", password));
	}

	String session() {
		Reply reply = token(USERNAME, PASSWORD, UNIT);
		if (!"00".equals(reply.code())) {
			throw new IllegalStateException("LayToken failed: " + reply);
		}
		return reply.body().get("session").asString();
	}

	/** A request of a service, with a fresh session. */
	ObjectNode request(String service) {
		return JSON.createObjectNode().put("service", service).put("session", session()).put("madonvi", UNIT);
	}

	/** Syncs dossiers (DongBoHoSoMC). */
	Reply sync(JsonNode... hoSo) {
		ObjectNode request = request("DongBoHoSoMC");
		request.putArray("data").addAll(java.util.List.of(hoSo));
		return post(request);
	}

	/** Sends progress rows (CapNhatTienDoHoSoMC). */
	Reply progress(JsonNode... rows) {
		ObjectNode request = request("CapNhatTienDoHoSoMC");
		request.putArray("data").addAll(java.util.List.of(rows));
		return post(request);
	}

	/** The golden valid HoSo of src/test/resources/sandboxportal/, under a fresh code of the same unit and day. */
	static ObjectNode validHoSo() {
		try (InputStream in = PortalClient.class.getResourceAsStream("/sandboxportal/hoso-valid.json")) {
			ObjectNode hoSo = (ObjectNode) JSON.readTree(in);
			hoSo.put("MaHoSo", freshCode("000.00.09.H99", "200102"));
			return hoSo;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A dossier code no other test uses (a day long before any demo dossier, random sequence). */
	static String freshCode(String unit, String yyMMdd) {
		return unit + "-" + yyMMdd + "-" + String.format("%04d", NEXT.getAndIncrement());
	}

	private static final java.util.concurrent.atomic.AtomicInteger NEXT = new java.util.concurrent.atomic.AtomicInteger(
			ThreadLocalRandom.current().nextInt(1, 5_000));
}
