package org.openprovince.organization.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AdministrativeLevel;
import org.openprovince.organization.AdministrativeUnitId;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyDetails;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
import org.openprovince.organization.AssignmentDetails;
import org.openprovince.organization.DepartmentId;
import org.openprovince.organization.Organization;
import org.openprovince.organization.PositionId;
import org.openprovince.organization.StaffDetails;
import org.openprovince.organization.StaffId;
import org.openprovince.organization.UnitDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the fictional Tỉnh Sông Hồng (province code 99, level-1 agency group H99) when
 * {@code openprovince.demo.enabled} is true and the directory has no agency yet: units with the
 * 1 July 2025 merge of Phường Hồng Hải and Xã Hà Lộc into Phường Hồng Hà, the provincial and commune
 * agencies, positions and nine staff members whose e-mails other modules' demo data rely on.
 * Runs in one transaction under an advisory lock, so several nodes starting together load it once;
 * audit entries are by {@code system}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("openprovince.demo.enabled")
class OrganizationDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(OrganizationDemoData.class);

	private static final long LOCK = 0x4F50_4F52_4744_454DL; // "OPORGDEM"

	static final LocalDate FOUNDED = LocalDate.of(2008, 1, 1);

	static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

	private final Organization organization;

	private final JdbcClient jdbc;

	OrganizationDemoData(Organization organization, JdbcClient jdbc) {
		this.organization = organization;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query().singleValue();
		if (jdbc.sql("select exists (select 1 from organization_agency)").query(Boolean.class).single()) {
			return;
		}
		load();
		log.info("Loaded the demo organisation directory of Tỉnh Sông Hồng");
	}

	private void load() {
		// Administrative units, before and after the two-tier reform of 1 July 2025.
		var province = unit("99", "Tỉnh Sông Hồng", AdministrativeLevel.PROVINCE, null, FOUNDED, null);
		// Districts were abolished on 1 July 2025 (two-tier local government), not merged.
		var district = unit("999", "Huyện Đông Sơn", AdministrativeLevel.DISTRICT, province, FOUNDED,
				REFORM.minusDays(1));
		var hongHai = unit("99001", "Phường Hồng Hải", AdministrativeLevel.COMMUNE, district, FOUNDED, null);
		var haLoc = unit("99004", "Xã Hà Lộc", AdministrativeLevel.COMMUNE, district, FOUNDED, null);
		var hongHa = unit("99101", "Phường Hồng Hà", AdministrativeLevel.COMMUNE, province, REFORM, null);
		var dongSon = unit("99102", "Xã Đông Sơn", AdministrativeLevel.COMMUNE, province, REFORM, null);
		var tanPhong = unit("99103", "Xã Tân Phong", AdministrativeLevel.COMMUNE, province, REFORM, null);
		var honNgoc = unit("99104", "Xã đảo Hòn Ngọc", AdministrativeLevel.COMMUNE, province, REFORM, null);
		organization.recordMerge(List.of(hongHai, haLoc), hongHa, REFORM);

		// Provincial agencies.
		var ubndTinh = agency("000.00.00.H99", "Ủy ban nhân dân tỉnh Sông Hồng", "UBND tỉnh",
				AgencyKind.PROVINCIAL_PEOPLES_COMMITTEE, province, null);
		var vanPhong = agency("000.00.01.H99", "Văn phòng Ủy ban nhân dân tỉnh Sông Hồng", "Văn phòng UBND tỉnh",
				AgencyKind.DEPARTMENT, province, ubndTinh);
		var tuPhap = agency("000.00.02.H99", "Sở Tư pháp tỉnh Sông Hồng", "Sở Tư pháp", AgencyKind.DEPARTMENT,
				province, ubndTinh);
		agency("000.00.03.H99", "Sở Xây dựng tỉnh Sông Hồng", "Sở Xây dựng", AgencyKind.DEPARTMENT, province, ubndTinh);
		agency("000.00.04.H99", "Sở Nông nghiệp và Môi trường tỉnh Sông Hồng", "Sở Nông nghiệp và Môi trường",
				AgencyKind.DEPARTMENT, province, ubndTinh);
		agency("000.00.05.H99", "Sở Tài chính tỉnh Sông Hồng", "Sở Tài chính", AgencyKind.DEPARTMENT, province,
				ubndTinh);
		agency("000.00.06.H99", "Sở Y tế tỉnh Sông Hồng", "Sở Y tế", AgencyKind.DEPARTMENT, province, ubndTinh);
		agency("000.00.07.H99", "Sở Giáo dục và Đào tạo tỉnh Sông Hồng", "Sở Giáo dục và Đào tạo",
				AgencyKind.DEPARTMENT, province, ubndTinh);
		agency("000.00.08.H99", "Sở Công Thương tỉnh Sông Hồng", "Sở Công Thương", AgencyKind.DEPARTMENT, province,
				ubndTinh);
		// The provincial center sits under the provincial People's Committee office (Decree 118/2025).
		var trungTamTinh = agency("000.00.09.H99", "Trung tâm Phục vụ hành chính công tỉnh Sông Hồng",
				"Trung tâm PVHCC tỉnh", AgencyKind.PROVINCIAL_SERVICE_CENTER, province, vanPhong);

		DepartmentId hanhChinhTuPhap = organization.addDepartment(tuPhap, "HCTP", "Phòng Hành chính tư pháp");
		organization.addDepartment(tuPhap, "BTTP", "Phòng Bổ trợ tư pháp");
		organization.addDepartment(tuPhap, "VP", "Văn phòng Sở");

		// Each commune: a People's Committee (000.00.5x) and a service center under it (000.01.5x).
		Map<AdministrativeUnitId, AgencyId[]> communes = new HashMap<>();
		String[] places = { "phường Hồng Hà", "xã Đông Sơn", "xã Tân Phong", "xã đảo Hòn Ngọc" };
		AdministrativeUnitId[] units = { hongHa, dongSon, tanPhong, honNgoc };
		for (int i = 0; i < units.length; i++) {
			var ubnd = agency("000.00.5%d.H99".formatted(i + 1), "Ủy ban nhân dân " + places[i], "UBND " + places[i],
					AgencyKind.COMMUNE_PEOPLES_COMMITTEE, units[i], ubndTinh);
			var center = agency("000.01.5%d.H99".formatted(i + 1), "Trung tâm Phục vụ hành chính công " + places[i],
					"Trung tâm PVHCC " + places[i], AgencyKind.COMMUNE_SERVICE_CENTER, units[i], ubnd);
			communes.put(units[i], new AgencyId[] { ubnd, center });
		}
		AgencyId ubndHongHa = communes.get(hongHa)[0];
		AgencyId trungTamHongHa = communes.get(hongHa)[1];

		// Positions.
		var giamDoc = organization.createPosition("GIAM_DOC_SO", "Giám đốc sở");
		organization.createPosition("PHO_GIAM_DOC_SO", "Phó giám đốc sở");
		var chuTich = organization.createPosition("CHU_TICH_UBND", "Chủ tịch UBND");
		organization.createPosition("PHO_CHU_TICH_UBND", "Phó Chủ tịch UBND");
		var truongPhong = organization.createPosition("TRUONG_PHONG", "Trưởng phòng");
		organization.createPosition("PHO_TRUONG_PHONG", "Phó trưởng phòng");
		var chuyenVien = organization.createPosition("CHUYEN_VIEN", "Chuyên viên");
		var tiepNhan = organization.createPosition("TIEP_NHAN_TRA_KET_QUA", "Công chức tiếp nhận và trả kết quả");
		var vanThu = organization.createPosition("VAN_THU", "Văn thư");
		var quanTri = organization.createPosition("QUAN_TRI_HE_THONG", "Quản trị hệ thống");

		// Staff and their primary assignments.
		staff("quantri@songhong.gov.vn", "Ngô Quang Trí", "0912 345 601", vanPhong, null, quanTri);
		staff("tiepnhan.tinh@songhong.gov.vn", "Nguyễn Thị Lan", "0912 345 602", trungTamTinh, null, tiepNhan);
		staff("chuyenvien.tuphap@songhong.gov.vn", "Lê Văn Hùng", "0912 345 603", tuPhap, hanhChinhTuPhap,
				chuyenVien);
		staff("truongphong.tuphap@songhong.gov.vn", "Phạm Thị Hoa", "0912 345 604", tuPhap, hanhChinhTuPhap,
				truongPhong);
		staff("lanhdao.tuphap@songhong.gov.vn", "Hoàng Văn Nam", "0912 345 605", tuPhap, null, giamDoc);
		staff("vanthu.ubnd@songhong.gov.vn", "Đỗ Thị Mai", "0912 345 606", vanPhong, null, vanThu);
		staff("tiepnhan.hongha@songhong.gov.vn", "Trần Văn Minh", "0912 345 607", trungTamHongHa, null, tiepNhan);
		staff("chuyenvien.hongha@songhong.gov.vn", "Bùi Thị Thu", "0912 345 608", ubndHongHa, null, chuyenVien);
		staff("lanhdao.hongha@songhong.gov.vn", "Vũ Đức Thắng", "0912 345 609", ubndHongHa, null, chuTich);
		staff("vanthu.tuphap@songhong.gov.vn", "Đinh Thị Ngọc", "0912 345 610", tuPhap, null, vanThu);
		staff("vanthu.hongha@songhong.gov.vn", "Lương Văn Sơn", "0912 345 611", ubndHongHa, null, vanThu);
	}

	private AdministrativeUnitId unit(String code, String name, AdministrativeLevel level,
			@Nullable AdministrativeUnitId parent, LocalDate from, @Nullable LocalDate to) {
		return organization.createUnit(new UnitDetails(code, name, level, parent, from, to));
	}

	private AgencyId agency(String code, String name, String shortName, AgencyKind kind, AdministrativeUnitId unit,
			@Nullable AgencyId parent) {
		LocalDate from = kind == AgencyKind.COMMUNE_PEOPLES_COMMITTEE || kind == AgencyKind.COMMUNE_SERVICE_CENTER
				|| kind == AgencyKind.PROVINCIAL_SERVICE_CENTER ? REFORM : FOUNDED;
		return organization.createAgency(
				new AgencyDetails(AgencyCode.of(code), name, shortName, kind, unit, parent, from, null));
	}

	private void staff(String email, String fullName, String phone, AgencyId agency,
			@Nullable DepartmentId department, PositionId position) {
		StaffId id = organization.createStaff(new StaffDetails(fullName, email, phone));
		organization.assignStaff(id, new AssignmentDetails(agency, department, position, REFORM, null, true));
	}
}
