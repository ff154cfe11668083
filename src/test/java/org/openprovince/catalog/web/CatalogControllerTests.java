package org.openprovince.catalog.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.AgencyRef;
import org.openprovince.catalog.AgencySetup;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.FormFieldType;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.InternalProcess;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.catalog.ProcedureHit;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureSummary;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.ProcedureVersionId;
import org.openprovince.catalog.Receiver;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.catalog.SearchResult;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@WebMvcTest({ ProcedureController.class, PortalProcedureController.class })
@Import(CatalogControllerTests.MethodSecurity.class)
class CatalogControllerTests {

	/** The application enables method security in its security configuration; this slice does it here. */
	@TestConfiguration
	@EnableMethodSecurity
	static class MethodSecurity {
	}

	static final ProcedureId GPLX = new ProcedureId(UUID.randomUUID());

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Catalog catalog;

	@BeforeEach
	void catalogWithTheDrivingLicence() {
		var hit = new ProcedureHit(GPLX, ProcedureCode.of("1.002835"), "Cấp lại Giấy phép lái xe", "CA-GT", "Đường bộ",
				EnumSet.of(ImplementingLevel.PROVINCE), OnlineLevel.PARTIAL, "Công an tỉnh");
		given(catalog.today()).willReturn(LocalDate.of(2026, 3, 2));
		given(catalog.search(any())).willReturn(new SearchResult(List.of(hit), 0, true));
		given(catalog.fields(any())).willReturn(List.of());
		given(catalog.configuredAgencies()).willReturn(List.of());
		given(catalog.findProcedureByCode(ProcedureCode.of("1.002835")))
			.willReturn(Optional.of(new ProcedureSummary(GPLX, ProcedureCode.of("1.002835"), 1, LocalDate.of(2025, 7, 1), 1)));
		given(catalog.versionInForce(any(ProcedureId.class), any(LocalDate.class))).willReturn(Optional.of(version()));
	}

	@Test
	@WithMockUser(roles = "RECEPTION_OFFICER")
	void showsTheWholeListPageWithoutHtmx() throws Exception {
		mvc.perform(get("/office/catalog/procedures").param("q", "cap lai giay phep lai xe"))
			.andExpect(status().isOk())
			.andExpect(view().name(ProcedureController.VIEW_LIST))
			.andExpect(header().string("Vary", containsString("HX-Request")))
			.andExpect(content().string(containsString("<html")))
			.andExpect(content().string(containsString("<h1>Danh mục thủ tục hành chính</h1>")))
			.andExpect(content().string(containsString("value=\"cap lai giay phep lai xe\"")))
			.andExpect(content().string(containsString("id=\"procedure-results\"")))
			.andExpect(content().string(containsString("Cấp lại Giấy phép lái xe")))
			.andExpect(content().string(
					containsString("href=\"/office/catalog/procedures?q=cap%20lai%20giay%20phep%20lai%20xe&amp;page=2\"")))
			.andExpect(content().string(not(containsString("Thêm thủ tục"))));
	}

	@Test
	@WithMockUser(roles = "RECEPTION_OFFICER")
	void answersAnHtmxSearchWithTheResultsFragmentOnly() throws Exception {
		mvc.perform(get("/office/catalog/procedures").param("q", "giay phep").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name(ProcedureController.VIEW_RESULTS))
			.andExpect(content().string(containsString("id=\"procedure-results\"")))
			.andExpect(content().string(containsString("Cấp lại Giấy phép lái xe")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("<h1>"))));
	}

	@Test
	@WithMockUser(roles = "RECEPTION_OFFICER")
	void refusesTheCreateFormToStaffWhoAreNotAdministrators() throws Exception {
		mvc.perform(get("/office/catalog/procedures/new")).andExpect(status().isForbidden());
	}

	@Test
	@WithMockUser
	void answersThePortalSearchWithAndWithoutHtmx() throws Exception {
		mvc.perform(get("/thu-tuc").param("q", "giay phep lai xe"))
			.andExpect(status().isOk())
			.andExpect(view().name(PortalProcedureController.VIEW_SEARCH))
			.andExpect(content().string(containsString("<h1>Tra cứu thủ tục hành chính</h1>")))
			.andExpect(content().string(containsString("href=\"/thu-tuc/1.002835\"")));
		mvc.perform(get("/thu-tuc").param("q", "giay phep lai xe").header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name(PortalProcedureController.VIEW_RESULTS))
			.andExpect(content().string(containsString("id=\"portal-results\"")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	@WithMockUser
	void showsACitizenWhatToBringWhatItCostsHowLongAndWhere() throws Exception {
		mvc.perform(get("/thu-tuc/1.002835"))
			.andExpect(status().isOk())
			.andExpect(view().name(PortalProcedureController.VIEW_PROCEDURE))
			.andExpect(content().string(containsString("<h1>Cấp lại Giấy phép lái xe</h1>")))
			.andExpect(content().string(containsString("Cần chuẩn bị giấy tờ gì?")))
			.andExpect(content().string(containsString("Đơn đề nghị cấp lại giấy phép lái xe")))
			.andExpect(content().string(containsString("href=\"/thu-tuc/mau/don-gplx.html\"")))
			.andExpect(content().string(containsString("135.000 đồng")))
			.andExpect(content().string(containsString("5</span>")))
			.andExpect(content().string(containsString("ngày làm việc")))
			.andExpect(content().string(containsString("Trung tâm Phục vụ hành chính công tỉnh Sông Hồng")))
			.andExpect(content().string(containsString("<h2 id=\"declare\">Thông tin cần khai</h2>")))
			.andExpect(content().string(containsString("Lý do cấp lại")))
			.andExpect(content().string(containsString("Bị mất, Bị hỏng")));
	}

	@Test
	@WithMockUser
	void answersNotFoundForAnUnknownCode() throws Exception {
		given(catalog.findProcedureByCode(ProcedureCode.of("1.999999"))).willReturn(Optional.empty());

		mvc.perform(get("/thu-tuc/1.999999")).andExpect(status().isNotFound());
	}

	static ProcedureVersion version() {
		ProcedureContent content = ProcedureContent.builder()
			.name("Cấp lại Giấy phép lái xe")
			.field(new ProcedureField("CA-GT", "Đường bộ"))
			.level(ImplementingLevel.PROVINCE)
			.implementingAgency("Phòng Cảnh sát giao thông, Công an tỉnh")
			.targetSubjects("Người có giấy phép lái xe bị mất")
			.step("Bước 1: Nộp hồ sơ.")
			.channel(Channel.DIRECT)
			.channel(Channel.ONLINE)
			.document(new RequiredDocument(null, "Đơn đề nghị cấp lại giấy phép lái xe", 1, 0, true, "Đơn đề nghị",
					"/thu-tuc/mau/don-gplx.html", null))
			.timeLimit(TimeLimit.workingDays(5))
			.fee(new Fee(FeeKind.CHARGE, null, "Lệ phí cấp lại giấy phép lái xe", 135_000L, null))
			.result("Giấy phép lái xe")
			.legalBasis("36/2024/QH15", "Luật Trật tự, an toàn giao thông đường bộ")
			.onlineLevel(OnlineLevel.PARTIAL)
			.formField(new FormField("so_gplx", "Số giấy phép lái xe", FormFieldType.TEXT, true, List.of(), null))
			.formField(new FormField("ly_do", "Lý do cấp lại", FormFieldType.CHOICE, true,
					List.of("Bị mất", "Bị hỏng"), null))
			.build();
		var center = new AgencyRef(new AgencyId(UUID.randomUUID()), AgencyCode.of("000.00.09.H99"),
				"Trung tâm Phục vụ hành chính công tỉnh Sông Hồng");
		var department = new AgencyRef(new AgencyId(UUID.randomUUID()), AgencyCode.of("000.00.03.H99"),
				"Sở Xây dựng tỉnh Sông Hồng");
		var setup = new AgencySetup(department, List.of(new Receiver(center, true, null, null)),
				InternalProcess.standard(TimeLimit.workingDays(5), "GIAM_DOC_SO"), 0, true);
		return new ProcedureVersion(new ProcedureVersionId(UUID.randomUUID()), GPLX, ProcedureCode.of("1.002835"), 1,
				LocalDate.of(2025, 7, 1), null, content, List.of(setup));
	}

	static Set<ImplementingLevel> levels() {
		return EnumSet.of(ImplementingLevel.PROVINCE);
	}
}
