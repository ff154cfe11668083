package org.openprovince.dossier.internal;

import java.util.Locale;

import org.openprovince.identity.Role;

/**
 * Which role acts at a process step, from the position (chức vụ) the catalog names for it. Positions
 * are the province's own codes; these are the ones of the national nomenclature the demo uses, and any
 * other position is treated as a specialist's.
 */
final class StepRoles {

	private StepRoles() {
	}

	static Role roleFor(String positionCode) {
		String code = positionCode.toUpperCase(Locale.ROOT);
		if (code.equals("TIEP_NHAN_TRA_KET_QUA") || code.startsWith("TIEP_NHAN")) {
			return Role.RECEPTION_OFFICER;
		}
		if (code.equals("VAN_THU")) {
			return Role.CLERK;
		}
		if (code.contains("TRUONG_PHONG") || code.contains("TRUONG_BAN") || code.contains("CHANH_VAN_PHONG")) {
			return Role.UNIT_HEAD;
		}
		if (code.contains("GIAM_DOC") || code.contains("CHU_TICH") || code.contains("LANH_DAO")
				|| code.contains("TRUONG_CO_QUAN")) {
			return Role.AGENCY_LEADER;
		}
		return Role.CASE_OFFICER;
	}
}
