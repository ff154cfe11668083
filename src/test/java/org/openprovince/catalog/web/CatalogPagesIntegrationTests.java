package org.openprovince.catalog.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The catalog pages against the shared database with the demo catalog, through the real security. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "catalog.admin", roles = { "RECEPTION_OFFICER", "ADMINISTRATOR" })
class CatalogPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Catalog catalog;

	@Autowired
	Organization organization;

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@Test
	void showsAReceptionOfficerTheDrivingLicenceWithItsFeesAndInternalProcess() throws Exception {
		var gplx = catalog.findProcedureByCode(ProcedureCode.of("1.002835")).orElseThrow();

		mvc.perform(get("/office/catalog/procedures/" + gplx.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h1>Cấp lại Giấy phép lái xe</h1>")))
			.andExpect(content().string(containsString("135.000 đồng")))
			.andExpect(content().string(containsString("Quy trình nội bộ của Sở Xây dựng tỉnh Sông Hồng")))
			.andExpect(content().string(containsString("TIEP_NHAN_TRA_KET_QUA")))
			.andExpect(content().string(containsString("Nguyễn Thị Lan")));
	}

	@Test
	void editsTheReceivingAgenciesWithTheDefaultOfficersEmail() throws Exception {
		var gplx = catalog.findProcedureByCode(ProcedureCode.of("1.002835")).orElseThrow();
		ProcedureVersion version = catalog.versionInForce(gplx.id(), today).orElseThrow();
		var setup = version.agencies().getFirst();

		mvc.perform(get("/office/catalog/versions/" + version.id() + "/agencies/" + setup.competent().id() + "/edit"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("000.00.09.H99 | tiepnhan.tinh@songhong.gov.vn")));
		mvc.perform(post("/office/catalog/versions/" + version.id() + "/agencies").with(csrf())
			.param("competentCode", setup.competent().code().value())
			.param("receivers", "000.00.09.H99 | tiepnhan.hongha@songhong.gov.vn"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("không làm việc tại Trung tâm Phục vụ hành chính công tỉnh")));
	}

	@Test
	void createsAProcedureThenPublishesANewVersionFromTheForms() throws Exception {
		String code = "9." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		mvc.perform(get("/office/catalog/procedures/new")).andExpect(status().isOk());

		mvc.perform(post("/office/catalog/procedures").with(csrf())
			.param("code", code)
			.param("name", "Thủ tục thử nghiệm " + code)
			.param("fieldCode", "TP-CT")
			.param("fieldName", "Chứng thực")
			.param("levels", "COMMUNE")
			.param("implementingAgency", "Ủy ban nhân dân cấp xã")
			.param("targetSubjects", "Cá nhân")
			.param("channels", "DIRECT")
			.param("timeLimit", "1")
			.param("timeLimitUnit", "WORKING_DAYS")
			.param("onlineLevel", "INFORMATION")
			.param("steps", "Bước 1: Nộp hồ sơ.\nBước 2: Nhận kết quả.")
			.param("documents", "Giấy tờ cần chứng thực | 1 | 0\nBản sao | một")
			.param("results", "Giấy tờ đã chứng thực")
			.param("legalBases", "23/2015/NĐ-CP | Nghị định về chứng thực")
			.param("effectiveFrom", "2025-07-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Dòng 2: &quot;một&quot; không phải là một số nguyên.")));

		mvc.perform(post("/office/catalog/procedures").with(csrf())
			.param("code", code)
			.param("name", "Thủ tục thử nghiệm " + code)
			.param("fieldCode", "TP-CT")
			.param("fieldName", "Chứng thực")
			.param("levels", "COMMUNE")
			.param("implementingAgency", "Ủy ban nhân dân cấp xã")
			.param("targetSubjects", "Cá nhân")
			.param("channels", "DIRECT")
			.param("timeLimit", "1")
			.param("timeLimitUnit", "WORKING_DAYS")
			.param("onlineLevel", "INFORMATION")
			.param("steps", "Bước 1: Nộp hồ sơ.")
			.param("documents", "Giấy tờ cần chứng thực | 1 | 0")
			.param("fees", "Phí | Phí chứng thực | 10.000")
			.param("results", "Giấy tờ đã chứng thực")
			.param("legalBases", "23/2015/NĐ-CP | Nghị định về chứng thực")
			.param("effectiveFrom", "2025-07-01"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/office/catalog/procedures/*"));
		var procedure = catalog.findProcedureByCode(ProcedureCode.of(code)).orElseThrow();
		assertThat(catalog.versionInForce(procedure.id(), today).orElseThrow().fees().getFirst().amount())
			.isEqualTo(10_000L);

		mvc.perform(get("/office/catalog/procedures/" + procedure.id() + "/revise"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("chứng thực | 10000")));
		mvc.perform(post("/office/catalog/procedures/" + procedure.id() + "/revise").with(csrf())
			.param("code", code)
			.param("version", String.valueOf(procedure.version()))
			.param("name", "Thủ tục thử nghiệm " + code)
			.param("fieldCode", "TP-CT")
			.param("fieldName", "Chứng thực")
			.param("levels", "COMMUNE")
			.param("implementingAgency", "Ủy ban nhân dân cấp xã")
			.param("targetSubjects", "Cá nhân")
			.param("channels", "DIRECT")
			.param("timeLimit", "2")
			.param("timeLimitUnit", "WORKING_DAYS")
			.param("onlineLevel", "INFORMATION")
			.param("steps", "Bước 1: Nộp hồ sơ.")
			.param("documents", "Giấy tờ cần chứng thực | 1 | 0")
			.param("results", "Giấy tờ đã chứng thực")
			.param("legalBases", "23/2015/NĐ-CP | Nghị định về chứng thực")
			.param("effectiveFrom", today.plusDays(5).toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/office/catalog/procedures/*?version=2"));
		assertThat(catalog.versionInForce(procedure.id(), today.plusDays(5))).get()
			.extracting(ProcedureVersion::number)
			.isEqualTo(2);
	}

	@Test
	void definesTheEFormOneFieldPerLineShowsItAndRefusesBrokenLines() throws Exception {
		String code = "9." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
		java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> form =
				formFields -> post("/office/catalog/procedures").with(csrf())
			.param("code", code)
			.param("name", "Thủ tục có tờ khai " + code)
			.param("fieldCode", "TP-HT")
			.param("fieldName", "Hộ tịch")
			.param("levels", "COMMUNE")
			.param("implementingAgency", "Ủy ban nhân dân cấp xã")
			.param("targetSubjects", "Công dân")
			.param("channels", "DIRECT", "ONLINE")
			.param("timeLimit", "1")
			.param("timeLimitUnit", "WORKING_DAYS")
			.param("onlineLevel", "FULL")
			.param("steps", "Bước 1: Nộp hồ sơ.")
			.param("documents", "Tờ khai | 1 | 0")
			.param("results", "Giấy xác nhận")
			.param("legalBases", "60/2014/QH13 | Luật Hộ tịch")
			.param("effectiveFrom", "2025-07-01")
			.param("formFields", formFields);

		mvc.perform(form.apply("""
				ho_ten | Họ và tên | Văn bản | Có
				gioi_tinh | Giới tính | Lựa chọn | Có | Nam
				so_ban | Số bản | Số | Có | | | mười
				ho_ten | Họ tên lần nữa | Văn bản"""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"Dòng 2: Trường lựa chọn &quot;Giới tính&quot; cần ít nhất hai lựa chọn khác nhau.")))
			.andExpect(content().string(containsString("Dòng 3: Giới hạn &quot;mười&quot; của trường kiểu Số")));

		mvc.perform(form.apply("""
				ho_ten | Họ và tên | Văn bản | Có
				ho_ten | Họ tên lần nữa | Văn bản"""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã trường &quot;ho_ten&quot; xuất hiện hai lần")));

		mvc.perform(form.apply("""
				ho_ten | Họ và tên | Văn bản | Có | | | 100
				gioi_tinh | Giới tính | Lựa chọn | Có | Nam; Nữ
				so_ban | Số bản | Số | Có | | Tối đa 10 bản | 1..10
				noi_cu_tru | Nơi cư trú | Địa chỉ | Không"""))
			.andExpect(status().is3xxRedirection());
		var procedure = catalog.findProcedureByCode(ProcedureCode.of(code)).orElseThrow();
		var fields = catalog.versionInForce(procedure.id(), today).orElseThrow().content().formFields();
		assertThat(fields).extracting(f -> f.key()).containsExactly("ho_ten", "gioi_tinh", "so_ban", "noi_cu_tru");
		assertThat(fields.get(1).options()).containsExactly("Nam", "Nữ");
		assertThat(fields.get(2).maxValue()).isEqualByComparingTo("10");
		assertThat(fields.get(3).required()).isFalse();

		mvc.perform(get("/office/catalog/procedures/" + procedure.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2 id=\"form-fields\">Tờ khai điện tử</h2>")))
			.andExpect(content().string(containsString("<code>gioi_tinh</code>")))
			.andExpect(content().string(containsString("tối đa 100 ký tự")));
		mvc.perform(get("/office/catalog/procedures/" + procedure.id() + "/revise"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("| Lựa chọn | C&oacute; | Nam; Nữ")))
			.andExpect(content().string(containsString("so_ban | Số bản | Số | C&oacute; |  | Tối đa 10 bản | 1..10")));
		mvc.perform(get("/thu-tuc/" + code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thông tin cần khai")))
			.andExpect(content().string(containsString("Nam, Nữ")));
	}

	@Test
	void editsTheInternalProcessStepByStepAndRefusesBudgetsThatDoNotAddUp() throws Exception {
		var khaiSinh = catalog.findProcedureByCode(ProcedureCode.of("1.001193")).orElseThrow();
		ProcedureVersion version = catalog.versionInForce(khaiSinh.id(), today).orElseThrow();
		var hongHa = organization.findAgencyByCode(AgencyCode.of("000.00.51.H99")).orElseThrow().id();
		String url = "/office/catalog/versions/" + version.id() + "/agencies/" + hongHa + "/process";
		var setup = version.setupFor(hongHa).orElseThrow();

		mvc.perform(get(url))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng thời gian các bước: 8 / 8 giờ làm việc.")));

		var added = post(url).with(csrf()).param("version", String.valueOf(setup.version())).param("action", "add");
		for (int i = 0; i < setup.process().steps().size(); i++) {
			var step = setup.process().steps().get(i);
			added.param("steps[" + i + "].name", step.name())
				.param("steps[" + i + "].positionCode", step.positionCode())
				.param("steps[" + i + "].unit", step.unit().name())
				.param("steps[" + i + "].budget", step.budget().display())
				.param("steps[" + i + "].status", step.status().name());
		}
		mvc.perform(added.header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"process-editor\"")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(containsString("name=\"steps[5].name\"")));

		var save = post(url).with(csrf()).param("version", String.valueOf(setup.version())).param("action", "save");
		for (int i = 0; i < setup.process().steps().size(); i++) {
			var step = setup.process().steps().get(i);
			save.param("steps[" + i + "].name", step.name())
				.param("steps[" + i + "].positionCode", step.positionCode())
				.param("steps[" + i + "].unit", step.unit().name())
				.param("steps[" + i + "].budget", i == 1 ? "9" : step.budget().display())
				.param("steps[" + i + "].status", step.status().name());
		}
		mvc.perform(save)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("vượt thời hạn giải quyết 1 ngày làm việc")));
		assertThat(catalog.versionInForce(khaiSinh.id(), today).orElseThrow().internalProcess(hongHa).orElseThrow())
			.isEqualTo(setup.process());
	}

	@Test
	void reportsTheRowAndColumnOfABadImportFile() throws Exception {
		String json = """
				{"result": [{"MATTHC": "1.0009", "TENTTHC": "Thủ tục"}]}""";

		mvc.perform(multipart("/office/admin/catalog/import")
			.file(new MockMultipartFile("file", "bad.json", "application/json", json.getBytes(StandardCharsets.UTF_8)))
			.param("format", "json")
			.param("effectiveFrom", today.toString())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tệp có")))
			.andExpect(content().string(containsString("<code>MATTHC</code>")))
			.andExpect(content().string(containsString("Mã thủ tục &quot;1.0009&quot; không đúng dạng")));
	}

	@Test
	void exportsTheCatalogAndTheTemplate() throws Exception {
		mvc.perform(get("/office/admin/catalog/export.json"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"MATTHC\" : \"1.001193\"")));
		mvc.perform(get("/office/admin/catalog/template.xlsx"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("mau-nhap-danh-muc-tthc.xlsx")));
	}

	@Test
	@WithAnonymousUser
	void letsAnyoneFindAProcedureAndDownloadItsForm() throws Exception {
		mvc.perform(get("/thu-tuc").param("q", "khai sinh"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/thu-tuc/1.001193\"")));
		mvc.perform(get("/thu-tuc/1.001193"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tải mẫu: Tờ khai đăng ký khai sinh")))
			.andExpect(content().string(containsString("Miễn phí")))
			.andExpect(content().string(containsString("Trung tâm Phục vụ hành chính công phường Hồng Hà")));
		mvc.perform(get("/thu-tuc/mau/to-khai-dang-ky-khai-sinh.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TỜ KHAI ĐĂNG KÝ KHAI SINH")));
		mvc.perform(get("/office/catalog/procedures")).andExpect(status().is3xxRedirection());
	}

	@Test
	@WithMockUser(roles = "RECEPTION_OFFICER")
	void keepsImportForAdministrators() throws Exception {
		mvc.perform(get("/office/admin/catalog")).andExpect(status().isForbidden());
	}
}
