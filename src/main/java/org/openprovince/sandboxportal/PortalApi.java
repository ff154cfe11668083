package org.openprovince.sandboxportal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprovince.sandboxportal.SandboxPortal.Mode;
import org.openprovince.sandboxportal.SandboxStore.Upsert;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The national portal's side of the sync protocol: one JSON request in, one JSON answer out (see
 * docs/national-portal-sandbox.md). Error codes: 00 success, 01 bad credentials or session, 02 invalid
 * data, 03 progress of a dossier the portal does not hold, 04 not found, 99 unreadable request or
 * unknown service. The failure mode decides first whether the call gets an answer at all.
 */
@Component
class PortalApi {

	static final int MAX_BATCH = 100;

	static final int MAX_PERIOD_DAYS = 366;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final SandboxStore store;

	private final SandboxPortalSettings settings;

	private final MessageSource bundles;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SecureRandom random = new SecureRandom();

	PortalApi(SandboxStore store, SandboxPortalSettings settings, MessageSource bundles, Clock clock) {
		this.store = store;
		this.settings = settings;
		this.bundles = bundles;
		this.clock = clock;
	}

	/** An answer: the HTTP status, the JSON body, and the tally the request log keeps. */
	record Answer(int httpStatus, Map<String, Object> body, int items, int accepted, int rejected) {

		String errorCode() {
			return String.valueOf(body.get("error_code"));
		}
	}

	/** Answers one request body, applying the failure mode, and logs the call. */
	Answer call(byte @Nullable [] body) {
		long started = System.nanoTime();
		Instant at = clock.instant();
		JsonNode request = parse(body);
		String service = request == null ? "?" : textOf(request, "service");
		Answer answer;
		var state = store.state();
		if (state.failNext() > 0 && store.takeFailure() || state.mode() == Mode.FAILING) {
			answer = new Answer(503, body("99", text("sandboxportal.api.failing")), 0, 0, 0);
		}
		else {
			if (state.mode() == Mode.SLOW) {
				sleep(state.delay());
			}
			answer = request == null ? error("99", "sandboxportal.api.badJson")
					: answer(service, request, state.mode() == Mode.REJECTING);
		}
		store.log(new SandboxStore.Logged(at, service.isEmpty() ? "?" : service, answer.items(), answer.accepted(),
				answer.rejected(), answer.errorCode(), answer.httpStatus(),
				Duration.ofNanos(System.nanoTime() - started), String.valueOf(answer.body().get("message"))),
				settings.logSize());
		return answer;
	}

	private Answer answer(String service, JsonNode request, boolean rejecting) {
		if (service.equals("LayToken")) {
			return token(request);
		}
		if (!store.sessionValid(textOf(request, "session"), clock.instant())) {
			return error("01", "sandboxportal.api.badSession");
		}
		return switch (service) {
			case "DongBoHoSoMC" -> batch(request, rejecting, true);
			case "CapNhatTienDoHoSoMC" -> batch(request, rejecting, false);
			case "TraCuuHoSo" -> lookUp(request);
			case "ThongKeDongBo" -> statistics(request);
			default -> new Answer(200, body("99", text("sandboxportal.api.unknownService", service)), 0, 0, 0);
		};
	}

	private Answer token(JsonNode request) {
		boolean valid = same(textOf(request, "username"), settings.username())
				& same(textOf(request, "password"), settings.password())
				& same(textOf(request, "madonvi"), settings.unitCode());
		if (!valid) {
			return error("01", "sandboxportal.api.badCredentials");
		}
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		String session = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		store.openSession(session, settings.unitCode(), now, now.plus(settings.sessionTtl()));
		var body = body("00", text("sandboxportal.api.ok"));
		body.put("session", session);
		body.put("expires_in", settings.sessionTtl().toSeconds());
		return new Answer(200, body, 0, 0, 0);
	}

	/** DongBoHoSoMC or CapNhatTienDoHoSoMC: one verdict per item; the valid ones are stored. */
	private Answer batch(JsonNode request, boolean rejecting, boolean dossiers) {
		JsonNode data = request.get("data");
		if (data == null || !data.isArray() || data.isEmpty() || data.size() > MAX_BATCH) {
			return new Answer(200, body("02", text("sandboxportal.api.batch", String.valueOf(MAX_BATCH))), 0, 0, 0);
		}
		var verdicts = new ArrayList<Map<String, Object>>();
		int accepted = 0;
		Instant now = clock.instant();
		for (JsonNode item : data.values()) {
			String code = item.isObject() ? textOf(item, "MaHoSo") : "";
			var verdict = new LinkedHashMap<String, Object>();
			verdict.put("MaHoSo", code);
			if (dossiers) {
				verdict.putAll(dossier(item, code, rejecting, now));
			}
			else {
				if (item.isObject() && item.has("STT")) {
					verdict.put("STT", item.get("STT"));
				}
				verdict.putAll(progress(item, code, rejecting, now));
			}
			accepted += "00".equals(verdict.get("error_code")) ? 1 : 0;
			verdicts.add(verdict);
		}
		int rejected = verdicts.size() - accepted;
		var body = body("00", text("sandboxportal.api.batchDone", String.valueOf(verdicts.size()),
				String.valueOf(accepted), String.valueOf(rejected)));
		body.put("ketqua", verdicts);
		return new Answer(200, body, verdicts.size(), accepted, rejected);
	}

	private Map<String, Object> dossier(JsonNode hoSo, String code, boolean rejecting, Instant now) {
		List<Violation> violations = PayloadRules.hoSo(hoSo, settings.province());
		if (!violations.isEmpty()) {
			return body("02", describe(violations));
		}
		if (rejecting) {
			return body("02", text("sandboxportal.api.rejecting"));
		}
		long version = PayloadRules.versionOf(hoSo);
		Upsert upsert = store.upsertHoSo(code.strip(), textOf(hoSo, "DonViXuLy").strip(),
				PayloadRules.dateTime(hoSo, "NgayTiepNhan").toLocalDate(), textOf(hoSo, "TrangThaiHoSo").strip(),
				version, json.writeValueAsString(hoSo), now);
		String key = "sandboxportal.api.stored." + upsert.stored().name().toLowerCase(Locale.ROOT);
		return body("00", text(key, String.valueOf(version), String.valueOf(upsert.heldVersion())));
	}

	private Map<String, Object> progress(JsonNode row, String code, boolean rejecting, Instant now) {
		List<Violation> violations = PayloadRules.progress(row);
		if (!violations.isEmpty()) {
			return body("02", describe(violations));
		}
		if (rejecting) {
			return body("02", text("sandboxportal.api.rejecting"));
		}
		int stt = PayloadRules.stt(row);
		String handledAt = textOf(row, "ThoiDiemXuLy");
		if (!store.upsertProgress(code.strip(), stt, textOf(row, "TrangThai").strip(), handledAt,
				json.writeValueAsString(row), now)) {
			return body("03", text("sandboxportal.api.progressUnknown", code));
		}
		return body("00", text("sandboxportal.api.progressStored", String.valueOf(stt)));
	}

	private Answer lookUp(JsonNode request) {
		String code = textOf(request, "MaHoSo").strip();
		if (code.isEmpty()) {
			return error("02", "sandboxportal.api.codeRequired");
		}
		return store.hoSoJson(code).map(stored -> {
			var body = body("00", text("sandboxportal.api.ok"));
			body.put("hoso", json.readTree(stored));
			return new Answer(200, body, 1, 1, 0);
		}).orElseGet(() -> new Answer(200, body("04", text("sandboxportal.api.notFound", code)), 1, 0, 0));
	}

	private Answer statistics(JsonNode request) {
		LocalDate from = PayloadRules.day(request.get("TuNgay"));
		LocalDate to = PayloadRules.day(request.get("DenNgay"));
		if (from == null || to == null || to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
			return new Answer(200, body("02", text("sandboxportal.api.period", String.valueOf(MAX_PERIOD_DAYS))), 0, 0,
					0);
		}
		var rows = store.countByDayAndUnit(from, to).stream().map(count -> {
			var row = new LinkedHashMap<String, Object>();
			row.put("Ngay", PayloadRules.DAY.format(count.day()));
			row.put("DonViXuLy", count.unit());
			row.put("SoHoSo", count.count());
			return row;
		}).toList();
		var body = body("00", text("sandboxportal.api.ok"));
		body.put("data", rows);
		return new Answer(200, body, rows.size(), rows.size(), 0);
	}

	private @Nullable JsonNode parse(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		try {
			JsonNode node = json.readTree(body);
			return node != null && node.isObject() ? node : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private Answer error(String code, String key) {
		return new Answer(200, body(code, text(key)), 0, 0, 0);
	}

	static Map<String, Object> body(String errorCode, String message) {
		var body = new LinkedHashMap<String, Object>();
		body.put("error_code", errorCode);
		body.put("message", message);
		return body;
	}

	String text(String key, String... arguments) {
		return bundles.getMessage(key, arguments, VIETNAMESE);
	}

	/** The violations in one Vietnamese message, naming the fields. */
	String describe(List<Violation> violations) {
		return text("sandboxportal.invalid", violations.stream()
			.map(v -> text(v.key(), v.arguments().toArray(String[]::new)))
			.collect(Collectors.joining("; ")));
	}

	/** A top-level text value, or "" (also for other JSON types). */
	static String textOf(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value != null && value.isString() ? value.stringValue() : "";
	}

	/** Compares secrets in constant time. */
	private static boolean same(String given, String expected) {
		return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
	}

	private static void sleep(Duration delay) {
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
