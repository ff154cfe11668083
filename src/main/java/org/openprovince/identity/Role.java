package org.openprovince.identity;

/**
 * What an account may do. Staff roles are granted for one agency (and optionally one unit inside
 * it); only {@link #ADMINISTRATOR} may be granted province-wide.
 */
public enum Role {

	/** Cán bộ tiếp nhận và trả kết quả (one-stop counter). */
	RECEPTION_OFFICER,
	/** Chuyên viên xử lý hồ sơ. */
	CASE_OFFICER,
	/** Trưởng phòng / lãnh đạo đơn vị. */
	UNIT_HEAD,
	/** Lãnh đạo cơ quan (giám đốc sở, chủ tịch UBND). */
	AGENCY_LEADER,
	/** Văn thư. */
	CLERK,
	/** Quản trị hệ thống. */
	ADMINISTRATOR,
	/** Công dân, tổ chức dùng Cổng dịch vụ công. */
	CITIZEN;

	/** The Spring Security authority, e.g. {@code ROLE_CASE_OFFICER}. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** Message-bundle key of the role's Vietnamese/English name. */
	public String messageKey() {
		return "identity.role." + name();
	}

	public boolean isStaff() {
		return this != CITIZEN;
	}
}
