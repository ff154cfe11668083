package org.openprovince.organization.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.openprovince.organization.AdministrativeLevel;
import org.openprovince.organization.AdministrativeUnitId;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyDetails;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
import org.openprovince.organization.AssignmentDetails;
import org.openprovince.organization.Organization;
import org.openprovince.organization.OrganizationException;
import org.openprovince.organization.StaffDetails;
import org.openprovince.organization.StaffSummary;
import org.openprovince.organization.UnitDetails;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The module against the shared embedded PostgreSQL. Other tests use the same database, so every
 * test creates its own uniquely named data and never assumes an empty directory.
 */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser(username = "admin.test", roles = { "STAFF", "ADMINISTRATOR" })
class OrganizationIntegrationTests {

	@Autowired
	Organization organization;

	@Autowired
	Directory directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	final String token = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));

	final LocalDate today = LocalDate.now(VietnamTime.ZONE);

	@Test
	void createsAnAgencyWithADepartmentAndAnAssignedStaffMemberThroughTheFacade() {
		AgencyCode code = freshAgencyCode();
		AgencyId agency = organization.createAgency(new AgencyDetails(code, "Ban Thử nghiệm " + token, "BTN",
				AgencyKind.OTHER, null, null, today.minusYears(1), null));
		var department = organization.addDepartment(agency, "ptn", "Phòng Thử nghiệm " + token);
		var position = organization.createPosition("TEST_" + token, "Chuyên viên thử nghiệm");
		var staff = organization.createStaff(
				new StaffDetails("Nguyễn Văn Thử " + token, "Thu." + token + "@Example.test", "0912 345 699"));
		organization.assignStaff(staff,
				new AssignmentDetails(agency, department, position, today.minusDays(10), null, true));

		var expected = new StaffSummary(staff, "Nguyễn Văn Thử " + token, "thu." + token + "@example.test", agency,
				"Ban Thử nghiệm " + token, code, department, "Phòng Thử nghiệm " + token, "Chuyên viên thử nghiệm");
		assertThat(organization.findStaff(staff)).contains(expected);
		assertThat(organization.findStaffByEmail(" THU." + token + "@example.TEST")).contains(expected);
		assertThat(organization.findAgency(agency)).get().satisfies(summary -> {
			assertThat(summary.code()).isEqualTo(code);
			assertThat(summary.shortName()).isEqualTo("BTN");
			assertThat(summary.kind()).isEqualTo(AgencyKind.OTHER);
		});
		assertThat(organization.findAgencyByCode(code)).map(s -> s.id()).contains(agency);
		assertThat(directory.departments(agency.value())).extracting(Directory.DepartmentRow::code).containsExactly("PTN");
		assertThat(directory.currentPosts(agency.value())).extracting(Directory.PostRow::staffId)
			.containsExactly(staff.value());

		assertThat(auditCount("organization.agency.created", agency.toString())).isOne();
		assertThat(auditCount("organization.department.added", agency.toString())).isOne();
		assertThat(auditCount("organization.position.created", position.toString())).isOne();
		assertThat(auditCount("organization.staff.created", staff.toString())).isOne();
		assertThat(auditCount("organization.staff.assigned", staff.toString())).isOne();
		assertThat(jdbc.sql("select actor from audit_entry where action = 'organization.agency.created' and target_id = ?")
			.param(agency.toString())
			.query(String.class)
			.single()).isEqualTo("admin.test");
	}

	@Test
	void aStaffMemberWithoutAPrimaryAssignmentIsNotFound() {
		var staff = organization.createStaff(new StaffDetails("Chưa Phân Công " + token, "cpc" + token + "@example.test", null));

		assertThat(organization.findStaff(staff)).isEmpty();
		assertThat(organization.findStaffByEmail("nobody" + token + "@example.test")).isEmpty();
	}

	@Test
	void refusesADuplicateAgencyCodeOrEmailWithAClearMessage() {
		AgencyCode code = freshAgencyCode();
		organization.createAgency(new AgencyDetails(code, "Cơ quan A " + token, null, AgencyKind.OTHER, null, null,
				today, null));

		assertThatThrownBy(() -> organization.createAgency(new AgencyDetails(code, "Cơ quan B " + token, null,
				AgencyKind.OTHER, null, null, today, null)))
			.isInstanceOf(OrganizationException.class)
			.hasMessage("Mã định danh " + code + " đã được cấp cho một cơ quan khác.");
		assertThat(jdbc.sql("select count(*) from organization_agency where code = ?").param(code.value())
			.query(Long.class).single()).isOne();

		organization.createStaff(new StaffDetails("Người Một " + token, "trung" + token + "@example.test", null));
		assertThatThrownBy(() -> organization
			.createStaff(new StaffDetails("Người Hai " + token, "TRUNG" + token + "@example.test", null)))
			.isInstanceOf(OrganizationException.class)
			.hasMessage("Địa chỉ thư điện tử trung" + token + "@example.test đã được dùng cho một cán bộ khác.");
	}

	@Test
	void refusesAnEditBasedOnAnOutdatedVersion() {
		AgencyCode code = freshAgencyCode();
		AgencyId agency = organization.createAgency(new AgencyDetails(code, "Cơ quan Sửa " + token, null,
				AgencyKind.OTHER, null, null, today, null));
		long version = directory.agency(agency.value()).orElseThrow().version();
		var renamed = new AgencyDetails(code, "Cơ quan Đã Sửa " + token, null, AgencyKind.OTHER, null, null, today, null);

		organization.editAgency(agency, version, renamed);

		assertThat(organization.findAgency(agency)).get().extracting(s -> s.name()).isEqualTo("Cơ quan Đã Sửa " + token);
		assertThatThrownBy(() -> organization.editAgency(agency, version, renamed))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(auditCount("organization.agency.edited", agency.toString())).isOne();
	}

	@Test
	void findsAMergedUnitByItsOldNameWithoutAccents() throws Exception {
		var province = organization.createUnit(new UnitDetails(freeCode(2), "Tỉnh Thử Nghiệm " + token,
				AdministrativeLevel.PROVINCE, null, LocalDate.of(2008, 1, 1), null));
		var old = commune("Phường Đồng Tiến " + token, province, LocalDate.of(2008, 1, 1));
		var other = commune("Xã Hòa Bình " + token, province, LocalDate.of(2008, 1, 1));
		var successor = commune("Phường Hợp Nhất " + token, province, LocalDate.of(2025, 7, 1));

		organization.recordMerge(List.of(old, other), successor, LocalDate.of(2025, 7, 1));

		for (String query : List.of("dong tien " + token, "ĐỒNG TIẾN " + token, "Đồng tiến " + token)) {
			assertThat(directory.units(new UnitSearch(query, null, null, null, null)).rows()).singleElement()
				.satisfies(row -> {
					assertThat(row.id()).isEqualTo(old.value());
					assertThat(row.name()).isEqualTo("Phường Đồng Tiến " + token);
					assertThat(row.ended()).isTrue();
					assertThat(row.validTo()).isEqualTo(LocalDate.of(2025, 6, 30));
					assertThat(row.successors()).isEqualTo("Phường Hợp Nhất " + token);
				});
		}
		assertThat(directory.units(new UnitSearch("dong tien " + token, null, UnitSearch.Status.CURRENT, null, null))
			.rows()).isEmpty();
		assertThat(directory.predecessors(successor.value())).extracting(Directory.SuccessionRow::id)
			.containsExactlyInAnyOrder(old.value(), other.value());
		assertThat(directory.successors(old.value())).extracting(Directory.SuccessionRow::effectiveDate)
			.containsExactly(LocalDate.of(2025, 7, 1));
		assertThat(auditCount("organization.unit.merged", successor.toString())).isOne();

		mvc.perform(get("/office/organization/units").param("q", "dong tien " + token))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Phường Đồng Tiến " + token)))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Đã sáp nhập")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("vào Phường Hợp Nhất " + token)));
		mvc.perform(get("/office/organization/units/{id}", successor.value()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Xã Hòa Bình " + token)));
	}

	@Test
	void pagesRenderWithRealData() throws Exception {
		AgencyCode code = freshAgencyCode();
		AgencyId agency = organization.createAgency(new AgencyDetails(code, "Ban Hiển Thị " + token, null,
				AgencyKind.OTHER, null, null, today, null));
		var staff = organization.createStaff(new StaffDetails("Trần Hiển " + token, "hien" + token + "@example.test", null));

		for (String url : List.of("/office/organization/agencies", "/office/organization/agencies/new",
				"/office/organization/agencies/" + agency, "/office/organization/agencies/" + agency + "/edit",
				"/office/organization/units", "/office/organization/units/new", "/office/organization/units/merge",
				"/office/organization/positions", "/office/organization/staff", "/office/organization/staff/new",
				"/office/organization/staff/" + staff, "/office/organization/staff/" + staff + "/edit",
				"/office/organization/staff/" + staff + "/assignments/new")) {
			mvc.perform(get(url)).andExpect(status().isOk());
		}
		mvc.perform(get("/office/organization/agencies").param("q", "ban hien thi " + token))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ban Hiển Thị " + token)));
		mvc.perform(get("/office/organization/staff").param("q", "tran hien " + token).header("HX-Request", "true"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Trần Hiển " + token)))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<html"))));
	}

	@Test
	void formsShowVietnameseErrorsNextToTheFieldAndRedirectOnSuccess() throws Exception {
		mvc.perform(post("/office/organization/agencies").with(csrf())
			.param("code", "000.00.xx.H99")
			.param("name", "Cơ quan Lỗi " + token)
			.param("kind", "OTHER")
			.param("validFrom", today.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("aria-invalid=\"true\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"code-error\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("không đúng định dạng")));

		mvc.perform(post("/office/organization/agencies").with(csrf()).param("name", " ").param("kind", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Vui lòng nhập thông tin này.")));
		mvc.perform(post("/office/organization/agencies").with(csrf()).param("validFrom", "hôm qua"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Ngày không hợp lệ.")));

		AgencyCode code = freshAgencyCode();
		mvc.perform(post("/office/organization/agencies").with(csrf())
			.param("code", code.value().toLowerCase(Locale.ROOT))
			.param("name", "Cơ quan Mới " + token)
			.param("kind", "OTHER")
			.param("validFrom", today.toString()))
			.andExpect(redirectedUrlPattern("/office/organization/agencies/*"))
			.andExpect(flash().attribute("flashSuccess", "Đã thêm cơ quan Cơ quan Mới " + token + "."));
		var created = organization.findAgencyByCode(code).orElseThrow();

		mvc.perform(post("/office/organization/agencies/{id}", created.id().value()).with(csrf())
			.param("code", code.value())
			.param("name", "Cơ quan Cũ " + token)
			.param("kind", "OTHER")
			.param("validFrom", today.toString())
			.param("version", "999"))
			.andExpect(redirectedUrlPattern("/office/organization/agencies/*/edit"))
			.andExpect(flash().attribute("flashError",
					"Dữ liệu vừa được người khác thay đổi. Vui lòng tải lại trang và thử lại."));
	}

	@Test
	void theDemoProvinceIsLoadedOnceWithTheStaffOtherModulesUse(@Autowired ApplicationContext context)
			throws Exception {
		assumeThat(organization.findAgencyByCode(AgencyCode.of("000.00.00.H99")))
			.as("demo data is loaded only into an empty directory").isPresent();

		assertThat(organization.findStaffByEmail("quantri@songhong.gov.vn")).get().satisfies(s -> {
			assertThat(s.fullName()).isEqualTo("Ngô Quang Trí");
			assertThat(s.agencyCode()).isEqualTo(AgencyCode.of("000.00.01.H99"));
			assertThat(s.positionName()).isEqualTo("Quản trị hệ thống");
		});
		assertThat(organization.findStaffByEmail("chuyenvien.tuphap@songhong.gov.vn")).get().satisfies(s -> {
			assertThat(s.agencyCode()).isEqualTo(AgencyCode.of("000.00.02.H99"));
			assertThat(s.departmentName()).isEqualTo("Phòng Hành chính tư pháp");
			assertThat(s.positionName()).isEqualTo("Chuyên viên");
		});
		assertThat(organization.findStaffByEmail("lanhdao.hongha@songhong.gov.vn")).get().satisfies(s -> {
			assertThat(s.agencyName()).isEqualTo("Ủy ban nhân dân phường Hồng Hà");
			assertThat(s.agencyCode()).isEqualTo(AgencyCode.of("000.00.51.H99"));
			assertThat(s.positionName()).isEqualTo("Chủ tịch UBND");
		});
		for (String email : List.of("tiepnhan.tinh", "truongphong.tuphap", "lanhdao.tuphap", "vanthu.ubnd",
				"tiepnhan.hongha", "chuyenvien.hongha")) {
			assertThat(organization.findStaffByEmail(email + "@songhong.gov.vn")).as(email).isPresent();
		}
		assertThat(organization.findAgencyByCode(AgencyCode.of("000.01.54.H99"))).get()
			.extracting(s -> s.name()).isEqualTo("Trung tâm Phục vụ hành chính công xã đảo Hòn Ngọc");
		assertThat(jdbc.sql("select count(*) from organization_agency where code like '%.H99'").query(Long.class)
			.single()).isEqualTo(18);
		assertThat(jdbc.sql("""
				select distinct e.actor from audit_entry e join organization_agency a on a.id::text = e.target_id
				where e.action = 'organization.agency.created' and a.code like '%.H99'""").query(String.class).list())
			.containsExactly("system");

		assertThat(directory.units(new UnitSearch("hong hai", null, null, null, null)).rows())
			.filteredOn(row -> row.code().equals("99001"))
			.singleElement()
			.satisfies(row -> {
				assertThat(row.name()).isEqualTo("Phường Hồng Hải");
				assertThat(row.successors()).isEqualTo("Phường Hồng Hà");
			});

		context.getBeansOfType(ApplicationRunner.class).values().stream()
			.filter(runner -> runner.getClass().getName().contains("OrganizationDemoData"))
			.findFirst()
			.orElseThrow()
			.run(null);
		assertThat(jdbc.sql("select count(*) from organization_agency where code like '%.H99'").query(Long.class)
			.single()).as("loading again changes nothing").isEqualTo(18);
	}

	private AdministrativeUnitId commune(String name, AdministrativeUnitId province, LocalDate from) {
		return organization.createUnit(new UnitDetails(freeCode(5), name, AdministrativeLevel.COMMUNE, province, from, null));
	}

	private String freeCode(int digits) {
		int bound = (int) Math.pow(10, digits);
		for (int attempt = 0; attempt < 1000; attempt++) {
			String code = String.format("%0" + digits + "d", ThreadLocalRandom.current().nextInt(10, bound - 1));
			if (directory.unitIdByCode(code).isEmpty() && !code.equals("99")) {
				return code;
			}
		}
		throw new IllegalStateException("no free unit code with " + digits + " digits");
	}

	private static AgencyCode freshAgencyCode() {
		var random = ThreadLocalRandom.current();
		return AgencyCode.of("%03d.%02d.%02d.T%02d".formatted(random.nextInt(1000), random.nextInt(100),
				random.nextInt(100), random.nextInt(100)));
	}

	private long auditCount(String action, String targetId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
			.param(action)
			.param(targetId)
			.query(Long.class)
			.single();
	}

}
