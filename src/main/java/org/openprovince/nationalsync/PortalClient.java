package org.openprovince.nationalsync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The national portal's services over HTTP (the wire protocol: JSON posted to one endpoint, a session
 * token from {@code LayToken}, cached and renewed once when the portal answers "01"). A transport failure,
 * an HTTP error, a timeout or an answer that is not the protocol's becomes {@link PortalUnavailableException}.
 */
@Component
class PortalClient {

	/** The answer of the portal to one dossier or progress row. */
	record Verdict(String code, String message) {

		boolean accepted() {
			return "00".equals(code);
		}
	}

	/** How many dossiers the portal holds for a day of NgayTiepNhan and a unit (ThongKeDongBo). */
	record PortalCount(LocalDate day, String unitCode, long count) {
	}

	static final String OK = "00";

	static final String BAD_SESSION = "01";

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private final NationalSyncSettings settings;

	private final JsonMapper json;

	private final Environment environment;

	private final HttpClient http;

	private final AtomicReference<@Nullable String> session = new AtomicReference<>();

	private volatile @Nullable URI endpoint;

	PortalClient(NationalSyncSettings settings, JsonMapper json, Environment environment) {
		this.settings = settings;
		this.json = json;
		this.environment = environment;
		this.http = HttpClient.newBuilder()
			.connectTimeout(settings.timeouts().connect())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
		this.endpoint = settings.endpoint().startsWith(NationalSyncSettings.SELF) ? null : URI.create(settings.endpoint());
	}

	/** A {@code self:} endpoint is on this application's server, known once it listens. */
	@EventListener
	void onServerStarted(WebServerInitializedEvent event) {
		String namespace = event.getApplicationContext().getServerNamespace();
		if (settings.endpoint().startsWith(NationalSyncSettings.SELF) && (namespace == null || namespace.isEmpty())) {
			String contextPath = environment.getProperty("server.servlet.context-path", "");
			endpoint = URI.create("http://localhost:" + event.getWebServer().getPort() + contextPath
					+ settings.endpoint().substring(NationalSyncSettings.SELF.length()));
		}
	}

	/** Whether there is an endpoint to call (a {@code self:} one needs the server started). */
	boolean ready() {
		return endpoint != null;
	}

	/** {@code DongBoHoSoMC}: the portal's verdict per MaHoSo. */
	Map<String, Verdict> syncDossiers(List<ObjectNode> dossiers) {
		return verdicts(call("DongBoHoSoMC", dossiers), "MaHoSo");
	}

	/**
	 * {@code CapNhatTienDoHoSoMC}: the portal's verdicts per MaHoSo (several per dossier when it sent several
	 * rows).
	 */
	Map<String, List<Verdict>> syncProgress(List<ObjectNode> rows) {
		JsonNode answer = call("CapNhatTienDoHoSoMC", rows);
		Map<String, List<Verdict>> verdicts = new HashMap<>();
		for (JsonNode item : answer.path("ketqua")) {
			verdicts.computeIfAbsent(item.path("MaHoSo").asString(""), key -> new ArrayList<>()).add(verdict(item));
		}
		return verdicts;
	}

	/** {@code ThongKeDongBo}: the portal's counts per day and unit. */
	List<PortalCount> statistics(LocalDate from, LocalDate to) {
		ObjectNode body = json.createObjectNode().put("TuNgay", DAY.format(from)).put("DenNgay", DAY.format(to));
		JsonNode answer = withSession("ThongKeDongBo", body);
		List<PortalCount> counts = new ArrayList<>();
		for (JsonNode item : answer.path("data")) {
			try {
				counts.add(new PortalCount(LocalDate.parse(item.path("Ngay").asString(""), DAY),
						item.path("DonViXuLy").asString(""), item.path("SoHoSo").asLong()));
			}
			catch (java.time.format.DateTimeParseException ex) {
				throw new PortalUnavailableException("ThongKeDongBo: ngày không hợp lệ " + item.path("Ngay"));
			}
		}
		return counts;
	}

	private JsonNode call(String service, List<ObjectNode> data) {
		ObjectNode body = json.createObjectNode();
		ArrayNode array = body.putArray("data");
		data.forEach(array::add);
		return withSession(service, body);
	}

	private Map<String, Verdict> verdicts(JsonNode answer, String key) {
		Map<String, Verdict> verdicts = new HashMap<>();
		for (JsonNode item : answer.path("ketqua")) {
			verdicts.put(item.path(key).asString(""), verdict(item));
		}
		return verdicts;
	}

	private static Verdict verdict(JsonNode item) {
		return new Verdict(item.path("error_code").asString(""), item.path("message").asString(""));
	}

	/** Posts with the cached session; on "01" gets a new token once and posts again. */
	private JsonNode withSession(String service, ObjectNode fields) {
		String token = session.get();
		if (token == null) {
			token = login();
		}
		JsonNode answer = post(service, token, fields);
		if (BAD_SESSION.equals(code(answer))) {
			session.compareAndSet(token, null);
			answer = post(service, login(), fields);
		}
		if (!OK.equals(code(answer))) {
			throw new PortalUnavailableException(service + " " + code(answer) + ": " + answer.path("message").asString(""));
		}
		return answer;
	}

	private String login() {
		ObjectNode fields = json.createObjectNode().put("username", settings.username()).put("password", settings.password());
		JsonNode answer = post("LayToken", null, fields);
		String token = answer.path("session").asString("");
		if (!OK.equals(code(answer)) || token.isEmpty()) {
			throw new PortalUnavailableException("LayToken " + code(answer) + ": " + answer.path("message").asString(""));
		}
		session.set(token);
		return token;
	}

	private JsonNode post(String service, @Nullable String token, ObjectNode fields) {
		URI uri = endpoint;
		if (uri == null) {
			throw new PortalUnavailableException("Chưa xác định được địa chỉ cổng quốc gia (" + settings.endpoint() + ")");
		}
		ObjectNode body = json.createObjectNode().put("service", service);
		if (token != null) {
			body.put("session", token);
		}
		body.put("madonvi", settings.unitCode());
		body.setAll(fields);
		HttpRequest request = HttpRequest.newBuilder(uri)
			.timeout(settings.timeouts().read())
			.header("Content-Type", "application/json; charset=UTF-8")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response;
		try {
			response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new PortalUnavailableException(service + ": " + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : " " + ex.getMessage()));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PortalUnavailableException(service + ": interrupted");
		}
		if (response.statusCode() != 200) {
			throw new PortalUnavailableException(service + ": HTTP " + response.statusCode());
		}
		try {
			JsonNode answer = json.readTree(response.body());
			if (!answer.isObject() || code(answer).isEmpty()) {
				throw new PortalUnavailableException(service + ": câu trả lời không đúng giao thức");
			}
			return answer;
		}
		catch (JacksonException ex) {
			throw new PortalUnavailableException(service + ": câu trả lời không phải JSON");
		}
	}

	private static String code(JsonNode answer) {
		return answer.path("error_code").asString("");
	}
}
