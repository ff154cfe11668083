package org.openprovince.sandboxportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprovince.sandboxportal.PortalClient.JSON;
import static org.openprovince.sandboxportal.PortalClient.validHoSo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openprovince.sandboxportal.PortalClient.Reply;
import org.openprovince.sandboxportal.SandboxPortal.Mode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox portal over real HTTP on a random port, with the real PostgreSQL: the protocol of
 * docs/national-portal-sandbox.md, every validation rule, idempotency, the failure modes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SandboxPortalApiIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	SandboxPortal portal;

	@Autowired
	JdbcClient jdbc;

	PortalClient client;

	@BeforeEach
	void client() {
		client = new PortalClient(port);
		portal.setMode(Mode.NORMAL);
		portal.failNext(0);
	}

	@AfterEach
	void backToNormal() {
		portal.setMode(Mode.NORMAL);
		portal.failNext(0);
	}

	@Test
	void acceptsTheGoldenDossierStoresItAndLooksItUp() {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();

		Reply reply = client.sync(hoSo);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.code()).isEqualTo("00");
		assertThat(reply.message()).isEqualTo("Đã xử lý 1 mục: 1 thành công, 0 bị từ chối");
		assertThat(reply.verdict().get("MaHoSo").asString()).isEqualTo(code);
		assertThat(reply.verdict().get("error_code").asString()).isEqualTo("00");
		assertThat(reply.verdict().get("message").asString()).isEqualTo("Đã tiếp nhận hồ sơ (phiên bản 12)");
		HeldDossier held = portal.held(code).orElseThrow();
		assertThat(held.unit()).isEqualTo("000.00.09.H99");
		assertThat(held.receivedDay()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(held.status()).isEqualTo("10");
		assertThat(held.version()).isEqualTo(12);
		assertThat(held.acceptedTimes()).isEqualTo(1);
		assertThat(JSON.readTree(held.json())).isEqualTo(hoSo);

		Reply lookUp = client.post(client.request("TraCuuHoSo").put("MaHoSo", code));
		assertThat(lookUp.code()).isEqualTo("00");
		assertThat(lookUp.body().get("hoso")).isEqualTo(hoSo);
		Reply missing = client.post(client.request("TraCuuHoSo").put("MaHoSo", "000.00.09.H99-200102-9999x"));
		assertThat(missing.code()).isEqualTo("04");
		assertThat(missing.message()).startsWith("Không tìm thấy hồ sơ");
	}

	@Test
	void aRepeatChangesOnlyTheCounters() {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();
		client.sync(hoSo);
		HeldDossier first = portal.held(code).orElseThrow();

		Reply again = client.sync(hoSo);

		assertThat(again.verdict().get("error_code").asString()).isEqualTo("00");
		assertThat(again.verdict().get("message").asString())
			.isEqualTo("Hồ sơ không thay đổi (phiên bản 12); đã ghi nhận lần gửi lại");
		HeldDossier second = portal.held(code).orElseThrow();
		assertThat(second.acceptedTimes()).isEqualTo(2);
		assertThat(portal.acceptedTimes(code)).isEqualTo(2);
		assertThat(second.json()).isEqualTo(first.json());
		assertThat(second.version()).isEqualTo(first.version());
		assertThat(second.firstReceivedAt()).isEqualTo(first.firstReceivedAt());
		assertThat(second.lastReceivedAt()).isAfterOrEqualTo(first.lastReceivedAt());
	}

	@Test
	void ignoresAnOlderVersionAndTakesANewerOne() {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();
		client.sync(hoSo);

		Reply older = client.sync(hoSo.deepCopy().put("PhienBan", 11).put("TrangThaiHoSo", "4"));

		assertThat(older.verdict().get("error_code").asString()).isEqualTo("00");
		assertThat(older.verdict().get("message").asString())
			.isEqualTo("Bỏ qua: phiên bản 11 cũ hơn phiên bản cổng đang lưu (12)");
		assertThat(portal.held(code).orElseThrow()).satisfies(held -> {
			assertThat(held.version()).isEqualTo(12);
			assertThat(held.status()).isEqualTo("10");
			assertThat(held.acceptedTimes()).isEqualTo(1);
		});

		Reply newer = client.sync(hoSo.deepCopy().put("PhienBan", 13).put("GhiChu", "Đã cập nhật"));
		assertThat(newer.verdict().get("message").asString()).isEqualTo("Đã cập nhật hồ sơ lên phiên bản 13");
		assertThat(JSON.readTree(portal.held(code).orElseThrow().json()).get("GhiChu").asString())
			.isEqualTo("Đã cập nhật");
	}

	@Test
	void keepsTheHighestVersionWhenCallsForTheSameDossierRace() throws Exception {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();
		String session = client.session();
		int versions = 12;
		List<java.util.concurrent.Future<Reply>> replies;
		try (var pool = java.util.concurrent.Executors.newFixedThreadPool(versions)) {
			var start = new java.util.concurrent.CountDownLatch(1);
			replies = java.util.stream.IntStream.rangeClosed(1, versions).mapToObj(version -> pool.submit(() -> {
				ObjectNode request = JSON.createObjectNode().put("service", "DongBoHoSoMC").put("session", session);
				request.putArray("data").add(hoSo.deepCopy().put("PhienBan", version).put("GhiChu", "v" + version));
				start.await();
				return client.post(request);
			})).toList();
			start.countDown();
		}

		for (var reply : replies) {
			assertThat(reply.get().status()).isEqualTo(200);
			assertThat(reply.get().verdict().get("error_code").asString()).isEqualTo("00");
		}
		HeldDossier held = portal.held(code).orElseThrow();
		assertThat(held.version()).isEqualTo(versions);
		assertThat(JSON.readTree(held.json()).get("GhiChu").asString()).isEqualTo("v" + versions);
		assertThat(held.acceptedTimes()).isBetween(1, versions);
	}

	/** One row per rule: how the golden dossier is broken, and the Vietnamese message naming the field. */
	static Stream<Arguments> brokenRules() {
		return Stream.of(
				rule("MaHoSo missing", h -> h.remove("MaHoSo"), "thiếu trường bắt buộc MaHoSo"),
				rule("MaTTHC missing", h -> h.remove("MaTTHC"), "thiếu trường bắt buộc MaTTHC"),
				rule("TenTTHC blank", h -> h.put("TenTTHC", "  "), "thiếu trường bắt buộc TenTTHC"),
				rule("KenhThucHien missing", h -> h.remove("KenhThucHien"), "thiếu trường bắt buộc KenhThucHien"),
				rule("ChuHoSo null", h -> h.putNull("ChuHoSo"), "thiếu trường bắt buộc ChuHoSo"),
				rule("NgayTiepNhan missing", h -> h.remove("NgayTiepNhan"), "thiếu trường bắt buộc NgayTiepNhan"),
				rule("NgayHenTra missing", h -> h.remove("NgayHenTra"), "thiếu trường bắt buộc NgayHenTra"),
				rule("TrangThaiHoSo missing", h -> h.remove("TrangThaiHoSo"), "thiếu trường bắt buộc TrangThaiHoSo"),
				rule("DonViXuLy missing", h -> h.remove("DonViXuLy"), "thiếu trường bắt buộc DonViXuLy"),
				rule("NgayNopHoSo empty", h -> h.put("NgayNopHoSo", ""), "thiếu trường bắt buộc NgayNopHoSo"),
				rule("several missing", h -> h.remove(List.of("MaTTHC", "ChuHoSo")),
						"thiếu trường bắt buộc MaTTHC, ChuHoSo"),
				rule("ISO date", h -> h.put("NgayTiepNhan", "2026-11-23T09:15:30"),
						"trường NgayTiepNhan có giá trị \"2026-11-23T09:15:30\" không phải ngày giờ hợp lệ dạng yyyyMMddHHmmss"),
				rule("30 February", h -> h.put("NgayNopHoSo", "20260230091530"),
						"trường NgayNopHoSo có giá trị \"20260230091530\" không phải ngày giờ hợp lệ"),
				rule("hour 24", h -> h.put("NgayHenTra", "20261130240000"), "trường NgayHenTra có giá trị"),
				rule("supplement date", h -> ((ObjectNode) h.get("DanhSachHoSoBoSung").get(0)).put("NgayBoSung", "2026"),
						"trường DanhSachHoSoBoSung[0].NgayBoSung có giá trị \"2026\""),
				rule("status 11", h -> h.put("TrangThaiHoSo", "11"),
						"trường TrangThaiHoSo có giá trị \"11\" không hợp lệ (cho phép: 1–10)"),
				rule("status as a number", h -> h.put("TrangThaiHoSo", 4), "trường TrangThaiHoSo phải là chuỗi ký tự"),
				rule("channel 4", h -> h.put("KenhThucHien", "4"),
						"trường KenhThucHien có giá trị \"4\" không hợp lệ (cho phép: 1, 2, 3)"),
				rule("owner kind 3", h -> h.put("LoaiDoiTuong", "3"), "trường LoaiDoiTuong có giá trị \"3\""),
				rule("online payment 3", h -> h.put("DuocThanhToanTrucTuyen", "3"),
						"trường DuocThanhToanTrucTuyen có giá trị \"3\""),
				rule("code format", h -> h.put("MaHoSo", "H99-200102-0001"),
						"MaHoSo \"H99-200102-0001\" không đúng định dạng"),
				rule("code day", h -> h.put("MaHoSo", "000.00.09.H99-201302-0001"),
						"MaHoSo \"000.00.09.H99-201302-0001\": 201302 không phải ngày hợp lệ"),
				rule("unit of another province",
						h -> h.put("MaHoSo", "000.00.09.H41-200102-0001").put("DonViXuLy", "000.00.09.H41"),
						"000.00.09.H41 không phải mã đơn vị thuộc tỉnh (H99)"),
				rule("DonViXuLy not the code's unit", h -> h.put("DonViXuLy", "000.00.10.H99"),
						"DonViXuLy \"000.00.10.H99\" khác mã đơn vị trong MaHoSo"),
				rule("delivered without NgayTra", h -> h.remove("NgayTra"), "TrangThaiHoSo 10 (Đã trả kết quả) cần NgayTra"),
				rule("finished without NgayKetThucXuLy", h -> h.put("TrangThaiHoSo", "9").put("NgayKetThucXuLy", ""),
						"TrangThaiHoSo 9 (đã xử lý xong) cần NgayKetThucXuLy"),
				rule("due before reception", h -> h.put("NgayHenTra", "20261122170000"),
						"NgayHenTra (20261122170000) trước NgayTiepNhan (20261123091530)"),
				rule("no version", h -> h.remove("PhienBan"), "PhienBan phải là số nguyên không âm"),
				rule("version as text", h -> h.put("PhienBan", "12"), "PhienBan phải là số nguyên không âm"),
				rule("list as object", h -> h.putObject("TaiLieuNop"), "trường TaiLieuNop phải là danh sách"));
	}

	private static Arguments rule(String name, Consumer<ObjectNode> breakIt, String message) {
		return Arguments.of(name, breakIt, message);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("brokenRules")
	void refusesABrokenRuleNamingTheFieldAndStoresNothing(String name, Consumer<ObjectNode> breakIt, String message) {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();
		breakIt.accept(hoSo);

		Reply reply = client.sync(hoSo);

		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.code()).isEqualTo("00");
		assertThat(reply.verdict().get("error_code").asString()).isEqualTo("02");
		assertThat(reply.verdict().get("message").asString()).startsWith("Dữ liệu không hợp lệ: ").contains(message);
		assertThat(portal.held(code)).isEmpty();
	}

	@Test
	void acceptsADossierRefusedAtReceptionWithoutAnAppointment() {
		ObjectNode hoSo = validHoSo();
		hoSo.put("TrangThaiHoSo", "3").put("NgayTuChoi", "20261123100000");
		hoSo.remove(List.of("NgayHenTra", "NgayTra", "NgayKetThucXuLy"));

		assertThat(client.sync(hoSo).verdict().get("error_code").asString()).isEqualTo("00");
	}

	@Test
	void storesTheValidDossiersOfABatchAndRefusesTheOthers() {
		ObjectNode valid = validHoSo();
		ObjectNode invalid = validHoSo().put("KenhThucHien", "9");
		ObjectNode alsoValid = validHoSo().put("TrangThaiHoSo", "4");

		Reply reply = client.sync(valid, invalid, JSON.getNodeFactory().stringNode("not a dossier"), alsoValid);

		assertThat(reply.code()).isEqualTo("00");
		assertThat(reply.message()).isEqualTo("Đã xử lý 4 mục: 2 thành công, 2 bị từ chối");
		var verdicts = reply.body().get("ketqua");
		assertThat(verdicts.size()).isEqualTo(4);
		assertThat(verdicts.get(0).get("error_code").asString()).isEqualTo("00");
		assertThat(verdicts.get(1).get("error_code").asString()).isEqualTo("02");
		assertThat(verdicts.get(1).get("MaHoSo").asString()).isEqualTo(invalid.get("MaHoSo").asString());
		assertThat(verdicts.get(2).get("message").asString()).contains("phần tử không phải đối tượng JSON");
		assertThat(verdicts.get(3).get("error_code").asString()).isEqualTo("00");
		assertThat(portal.held(valid.get("MaHoSo").asString())).isPresent();
		assertThat(portal.held(invalid.get("MaHoSo").asString())).isEmpty();
		assertThat(portal.held(alsoValid.get("MaHoSo").asString())).isPresent();
	}

	@Test
	void answersMalformedRequestsWithAnErrorCodeNotAStackTrace() {
		Reply notJson = client.post("{\"service\": \"DongBoHoSoMC\", ");
		assertThat(notJson.status()).isEqualTo(200);
		assertThat(notJson.code()).isEqualTo("99");
		assertThat(notJson.message()).isEqualTo("Yêu cầu không phải đối tượng JSON hợp lệ");
		assertThat(client.post("[1, 2]").code()).isEqualTo("99");
		assertThat(client.post("").code()).isEqualTo("99");

		Reply unknown = client.post(client.request("LayThuTucKhac"));
		assertThat(unknown.code()).isEqualTo("99");
		assertThat(unknown.message()).isEqualTo("Dịch vụ \"LayThuTucKhac\" không được hỗ trợ");

		Reply noData = client.post(client.request("DongBoHoSoMC").put("data", "x"));
		assertThat(noData.code()).isEqualTo("02");
		assertThat(noData.message()).isEqualTo("Trường data phải là danh sách từ 1 đến 100 phần tử");
		ObjectNode tooMany = client.request("DongBoHoSoMC");
		var data = tooMany.putArray("data");
		for (int i = 0; i < 101; i++) {
			data.add(JSON.createObjectNode());
		}
		assertThat(client.post(tooMany).code()).isEqualTo("02");
	}

	@Test
	void storesProgressOfHeldDossiersOnlyKeyedBySequence() {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();
		ObjectNode step = progressRow(code, 1);

		Reply unknown = client.progress(step);
		assertThat(unknown.verdict().get("error_code").asString()).isEqualTo("03");
		assertThat(unknown.verdict().get("message").asString()).contains("Cổng chưa có hồ sơ " + code);

		client.sync(hoSo);
		Reply stored = client.progress(step, progressRow(code, 2).put("TrangThai", "4"));
		assertThat(stored.body().get("ketqua").get(0).get("error_code").asString()).isEqualTo("00");
		assertThat(stored.body().get("ketqua").get(1).get("STT").asInt()).isEqualTo(2);
		client.progress(step);
		Reply invalid = client.progress(progressRow(code, 3).put("TrangThai", "0").put("ThoiDiemXuLy", "hôm nay"));
		assertThat(invalid.verdict().get("error_code").asString()).isEqualTo("02");
		assertThat(invalid.verdict().get("message").asString()).contains("TrangThai", "ThoiDiemXuLy");
		Reply noSequence = client.progress(progressRow(code, 4).put("STT", 0));
		assertThat(noSequence.verdict().get("message").asString()).contains("STT phải là số nguyên dương");

		List<ProgressRow> rows = portal.progressRows(code);
		assertThat(rows).extracting(ProgressRow::stt).containsExactly(1, 2);
		assertThat(rows.get(0).acceptedTimes()).isEqualTo(2);
		assertThat(rows.get(0).status()).isEqualTo("2");
		assertThat(rows.get(0).handledAt()).isEqualTo("20261123091530");
		assertThat(rows.get(1).status()).isEqualTo("4");
	}

	static ObjectNode progressRow(String code, int stt) {
		return JSON.createObjectNode()
			.put("MaHoSo", code)
			.put("STT", stt)
			.put("NguoiXuLy", "Lê Thị Hoa")
			.put("ChucDanh", "Chuyên viên")
			.put("ThoiDiemXuLy", "20261123091530")
			.put("PhongBanXuLy", "Bộ phận Một cửa")
			.put("NoiDungXuLy", "Tiếp nhận hồ sơ")
			.put("TrangThai", "2")
			.put("NgayBatDau", "20261123091530")
			.put("NgayKetThucTheoQuyDinh", "20261123170000");
	}

	@Test
	void issuesSessionsOnlyForTheRightCredentialsAndRefusesUnknownOrExpiredOnes() {
		Reply ok = client.token(PortalClient.USERNAME, PortalClient.PASSWORD, PortalClient.UNIT);
		assertThat(ok.code()).isEqualTo("00");
		assertThat(ok.body().get("session").asString()).hasSizeGreaterThan(30);
		assertThat(ok.body().get("expires_in").asLong()).isEqualTo(3600);

		Reply wrongPassword = client.token(PortalClient.USERNAME, "wrong-password", PortalClient.UNIT);
		assertThat(wrongPassword.code()).isEqualTo("01");
		assertThat(wrongPassword.message()).isEqualTo("Sai tên đăng nhập, mật khẩu hoặc mã đơn vị (madonvi)");
		assertThat(wrongPassword.body().has("session")).isFalse();
		assertThat(client.token(PortalClient.USERNAME, PortalClient.PASSWORD, "000.00.00.H41").code()).isEqualTo("01");

		ObjectNode lookUp = JSON.createObjectNode().put("service", "TraCuuHoSo").put("MaHoSo", "x");
		assertThat(client.post(lookUp.deepCopy()).code()).isEqualTo("01");
		Reply unknown = client.post(lookUp.deepCopy().put("session", "made-up"));
		assertThat(unknown.code()).isEqualTo("01");
		assertThat(unknown.message()).startsWith("Phiên làm việc (session) không hợp lệ hoặc đã hết hạn");

		String session = ok.body().get("session").asString();
		assertThat(client.post(lookUp.deepCopy().put("session", session)).code()).isEqualTo("04");
		jdbc.sql("update sandbox_session set expires_at = now() - interval '1 second' where token = ?")
			.param(session)
			.update();
		assertThat(client.post(lookUp.deepCopy().put("session", session)).code()).isEqualTo("01");
	}

	@Test
	void failsEveryCallWith503WhileFailingThenRecovers() {
		portal.setMode(Mode.FAILING);

		assertThat(client.token(PortalClient.USERNAME, PortalClient.PASSWORD, PortalClient.UNIT).status())
			.isEqualTo(503);
		assertThat(client.post("{}").status()).isEqualTo(503);

		portal.setMode(Mode.NORMAL);
		assertThat(client.sync(validHoSo()).verdict().get("error_code").asString()).isEqualTo("00");
	}

	@Test
	void failsExactlyTheNextCalls() {
		String session = client.session();
		ObjectNode lookUp = JSON.createObjectNode()
			.put("service", "TraCuuHoSo")
			.put("session", session)
			.put("MaHoSo", "000.00.09.H99-200102-0000");
		portal.failNext(2);
		assertThat(portal.state().failNext()).isEqualTo(2);

		assertThat(client.post(lookUp).status()).isEqualTo(503);
		assertThat(client.post(lookUp).status()).isEqualTo(503);
		Reply third = client.post(lookUp);

		assertThat(third.status()).isEqualTo(200);
		assertThat(third.code()).isEqualTo("04");
		assertThat(portal.state().failNext()).isZero();
	}

	@Test
	void waitsTheConfiguredDelayWhenSlow() {
		ObjectNode request = client.request("TraCuuHoSo").put("MaHoSo", "000.00.09.H99-200102-0000");
		portal.setMode(Mode.SLOW, Duration.ofSeconds(1));
		assertThat(portal.state().delay()).isEqualTo(Duration.ofSeconds(1));

		long started = System.nanoTime();
		Reply reply = client.post(request);
		Duration took = Duration.ofNanos(System.nanoTime() - started);

		assertThat(reply.code()).isEqualTo("04");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(1)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void rejectsEveryDossierAndProgressRowWhileRejecting() {
		ObjectNode held = validHoSo();
		client.sync(held);
		portal.setMode(Mode.REJECTING);
		ObjectNode hoSo = validHoSo();

		Reply reply = client.sync(hoSo);
		Reply progress = client.progress(progressRow(held.get("MaHoSo").asString(), 1));

		assertThat(reply.verdict().get("error_code").asString()).isEqualTo("02");
		assertThat(reply.verdict().get("message").asString())
			.isEqualTo("Cổng DVCQG thử nghiệm đang ở chế độ từ chối: dữ liệu không được lưu");
		assertThat(progress.verdict().get("error_code").asString()).isEqualTo("02");
		assertThat(portal.held(hoSo.get("MaHoSo").asString())).isEmpty();
		assertThat(portal.progressRows(held.get("MaHoSo").asString())).isEmpty();
	}

	@Test
	void countsTheHeldDossiersPerReceptionDayAndUnit() {
		// Reception days in 2019, which no other test uses.
		ObjectNode a = onDay(validHoSo(), "20190305", "000.00.09.H99");
		ObjectNode b = onDay(validHoSo(), "20190305", "000.00.09.H99");
		ObjectNode c = onDay(validHoSo(), "20190305", "000.00.02.H99");
		ObjectNode d = onDay(validHoSo(), "20190307", "000.00.09.H99");
		ObjectNode outside = onDay(validHoSo(), "20190310", "000.00.09.H99");
		client.sync(a, b, c, d, outside);
		client.sync(b);

		Reply reply = client.post(client.request("ThongKeDongBo").put("TuNgay", "20190301").put("DenNgay", "20190309"));

		assertThat(reply.code()).isEqualTo("00");
		assertThat(reply.body().get("data")).isEqualTo(JSON.readTree("""
				[{"Ngay": "20190305", "DonViXuLy": "000.00.02.H99", "SoHoSo": 1},
				 {"Ngay": "20190305", "DonViXuLy": "000.00.09.H99", "SoHoSo": 2},
				 {"Ngay": "20190307", "DonViXuLy": "000.00.09.H99", "SoHoSo": 1}]"""));
		Reply badPeriod = client.post(client.request("ThongKeDongBo").put("TuNgay", "20190310").put("DenNgay", "20190301"));
		assertThat(badPeriod.code()).isEqualTo("02");
		assertThat(client.post(client.request("ThongKeDongBo").put("TuNgay", "2019-03-01").put("DenNgay", "20190301"))
			.code()).isEqualTo("02");
	}

	private static ObjectNode onDay(ObjectNode hoSo, String day, String unit) {
		return hoSo.put("MaHoSo", PortalClient.freshCode(unit, day.substring(2)))
			.put("DonViXuLy", unit)
			.put("NgayNopHoSo", day + "080000")
			.put("NgayTiepNhan", day + "090000")
			.put("NgayHenTra", day + "170000")
			.put("NgayKetThucXuLy", day + "150000")
			.put("NgayTra", day + "160000");
	}

	@Test
	void logsEveryCallWithItsVerdict() {
		client.sync(validHoSo(), validHoSo().put("KenhThucHien", "0"));
		portal.failNext(1);
		client.post("{}");

		var latest = jdbc.sql("select service, items, accepted, rejected, error_code, http_status from sandbox_request "
				+ "order by seq desc limit 2")
			.query((rs, n) -> rs.getString(1) + " " + rs.getInt(2) + " " + rs.getInt(3) + " " + rs.getInt(4) + " "
					+ rs.getString(5) + " " + rs.getInt(6))
			.list();
		assertThat(latest).containsExactly("? 0 0 0 99 503", "DongBoHoSoMC 2 1 1 00 200");
	}
}
