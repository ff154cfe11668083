package org.openprovince.sandboxportal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openprovince.sandboxportal.PortalClient.validHoSo;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprovince.identity.AccountId;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.identity.RoleGrant;
import org.openprovince.sandboxportal.SandboxPortal.Mode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import tools.jackson.databind.node.ObjectNode;

/**
 * The administrator's pages of the sandbox portal through the real security, on the same application
 * context as {@link SandboxPortalApiIntegrationTests}: the mode switch and its audit entry, the figures,
 * the latest calls, one held dossier with its JSON and progress.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@WithMockUser(username = "sandbox.admin", roles = "ADMINISTRATOR")
class SandboxPortalAdminIntegrationTests {

	static final String PATH = "/office/admin/sandbox-portal";

	@LocalServerPort
	int port;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	SandboxPortal portal;

	@Autowired
	SandboxHomeTiles tiles;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void backToNormal() {
		portal.setMode(Mode.NORMAL);
		portal.failNext(0);
	}

	@Test
	void showsTheModeTheFiguresTheLatestCallsAndTheHeldDossiers() {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();
		new PortalClient(port).sync(hoSo, validHoSo().put("TrangThaiHoSo", "0"));

		assertThat(mvc.get().uri(PATH)).hasStatusOk()
			.hasViewName(SandboxAdminController.VIEW)
			.bodyText()
			.contains("<h1>Cổng DVCQG thử nghiệm</h1>", "/sandbox/dvcqg/api", "000.00.00.H99")
			.contains("<strong>Bình thường</strong>", "name=\"mode\" value=\"FAILING\"", "Làm lỗi (HTTP 503)")
			.contains("Hồ sơ đang lưu", "Lượt gọi hôm nay", "Mục bị từ chối hôm nay")
			.contains("DongBoHoSoMC", "2 (1 đạt, 1 từ chối)", "HTTP 200 · mã 00", "LayToken")
			.contains("href=\"/office/admin/sandbox-portal/dossier?ma=" + code + "\"", "23/11/2026");
	}

	@Test
	void switchesTheModeForEveryNodeAndAuditsIt() {
		assertThat(mvc.post().uri(PATH + "/mode").param("mode", "SLOW").param("delaySeconds", "1").with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl(PATH)
			.flash()
			.containsEntry("flashSuccess", "Đã chuyển cổng thử nghiệm sang chế độ: Chậm.");

		var state = portal.state();
		assertThat(state.mode()).isEqualTo(Mode.SLOW);
		assertThat(state.delay()).isEqualTo(Duration.ofSeconds(1));
		assertThat(state.changedBy()).isEqualTo("sandbox.admin");
		assertThat(jdbc.sql("""
				select details::text from audit_entry where action = 'sandboxportal.mode.changed' and actor = ?
				order by seq desc limit 1""").param("sandbox.admin").query(String.class).single())
			.contains("\"mode\":\"SLOW\"", "\"delayMs\":1000");
		assertThat(mvc.get().uri(PATH)).bodyText().contains("<strong>Chậm</strong>", "(chờ 1 giây mỗi lượt gọi)");

		assertThat(mvc.post().uri(PATH + "/fail-next").param("calls", "3").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashSuccess", "Đã đặt: 3 lượt gọi tới sẽ nhận HTTP 503.");
		assertThat(portal.state().failNext()).isEqualTo(3);
		assertThat(tiles.tiles(admin())).singleElement().satisfies(tile -> {
			assertThat(tile.messageKey()).isEqualTo("sandboxportal.tile");
			assertThat(tile.href()).isEqualTo(PATH);
			assertThat(tile.warning()).isTrue();
		});
	}

	@Test
	void refusesAnUnknownModeOrDelayWithAMessage() {
		assertThat(mvc.post().uri(PATH + "/mode").param("mode", "BROKEN").with(csrf())).hasStatus3xxRedirection()
			.flash()
			.containsEntry("flashError", "Chọn một chế độ; thời gian chờ từ 0 đến 300 giây.");
		assertThat(mvc.post().uri(PATH + "/mode").param("mode", "SLOW").param("delaySeconds", "-1").with(csrf()))
			.flash()
			.containsKey("flashError");
		assertThat(mvc.post().uri(PATH + "/fail-next").param("calls", "nhiều").with(csrf())).flash()
			.containsEntry("flashError", "Số lượt gọi phải là số nguyên từ 0 đến 10000.");
		assertThat(portal.state().mode()).isEqualTo(Mode.NORMAL);
	}

	@Test
	void showsAHeldDossierAsPrettyJsonWithItsProgress() {
		ObjectNode hoSo = validHoSo();
		String code = hoSo.get("MaHoSo").asString();
		var client = new PortalClient(port);
		client.sync(hoSo);
		client.progress(SandboxPortalApiIntegrationTests.progressRow(code, 1));

		assertThat(mvc.get().uri(PATH + "/dossier").param("ma", " " + code.toLowerCase() + " ")).hasStatusOk()
			.hasViewName(SandboxAdminController.DOSSIER_VIEW)
			.bodyText()
			.contains("<h2>" + code + "</h2>", "<pre>{", "&quot;TenTTHC&quot;: &quot;Cấp lại Giấy phép lái xe&quot;")
			.contains("Tiến độ xử lý", "20261123091530", "Lê Thị Hoa");
		assertThat(mvc.get().uri(PATH + "/dossier").param("ma", "000.00.09.H99-200102-0000")).bodyText()
			.contains("Cổng thử nghiệm không lưu hồ sơ 000.00.09.H99-200102-0000.");
	}

	@Test
	void speaksEnglishOnRequest() {
		assertThat(mvc.get().uri(PATH + "?lang=en")).bodyText()
			.contains("Sandbox national portal", "Operating mode", "Fail (HTTP 503) the next calls");
	}

	@Test
	@WithMockUser(username = "officer", roles = "RECEPTION_OFFICER")
	void refusesAnyoneButAdministrators() {
		assertThat(mvc.get().uri(PATH)).hasStatus(403);
		assertThat(mvc.post().uri(PATH + "/mode").param("mode", "FAILING").with(csrf())).hasStatus(403);
		assertThat(portal.state().mode()).isEqualTo(Mode.NORMAL);
		var officer = new CurrentUser(new AccountId(UUID.randomUUID()), AccountKind.STAFF, "officer", "Officer", null,
				Set.of(RoleGrant.forAgency(Role.RECEPTION_OFFICER, UUID.randomUUID())));
		assertThat(tiles.tiles(officer)).isEmpty();
	}

	@Test
	void refusesTheSwitchWithoutCsrfToken() {
		assertThat(mvc.post().uri(PATH + "/mode").param("mode", "FAILING")).hasStatus(403);
		assertThat(portal.state().mode()).isEqualTo(Mode.NORMAL);
	}

	private static CurrentUser admin() {
		return new CurrentUser(new AccountId(UUID.randomUUID()), AccountKind.STAFF, "sandbox.admin", "Admin", null,
				Set.of(RoleGrant.provinceWide(Role.ADMINISTRATOR)));
	}
}
