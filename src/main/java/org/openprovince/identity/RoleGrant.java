package org.openprovince.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One role of an account and where it applies: an agency (cơ quan) and optionally a unit (phòng)
 * inside it. A grant without an agency is province-wide and only allowed for administrators.
 *
 * @param agencyId the agency the role is exercised for, {@code null} for province-wide
 * @param departmentId the unit within that agency, {@code null} for the whole agency
 */
@Table("identity_role_grant")
public record RoleGrant(Role role, @Nullable UUID agencyId, @Nullable UUID departmentId) implements java.io.Serializable {

	public RoleGrant {
		if (agencyId == null && role != Role.ADMINISTRATOR && role != Role.CITIZEN) {
			throw new IllegalArgumentException("Role " + role + " must be granted for an agency");
		}
		if (agencyId == null && departmentId != null) {
			throw new IllegalArgumentException("A unit needs its agency");
		}
	}

	public static RoleGrant provinceWide(Role role) {
		return new RoleGrant(role, null, null);
	}

	public static RoleGrant forAgency(Role role, UUID agencyId) {
		return new RoleGrant(role, agencyId, null);
	}

	/**
	 * The usual grant of a staff role: administrators act province-wide, case officers and unit
	 * heads for their unit when they have one, everyone else for their agency.
	 */
	public static RoleGrant forStaff(Role role, UUID agencyId, @Nullable UUID departmentId) {
		if (role == Role.ADMINISTRATOR) {
			return provinceWide(role);
		}
		if ((role == Role.CASE_OFFICER || role == Role.UNIT_HEAD) && departmentId != null) {
			return new RoleGrant(role, agencyId, departmentId);
		}
		return forAgency(role, agencyId);
	}

	/** Whether this grant lets its holder act in {@code role} for the given agency. */
	boolean covers(Role role, UUID agency) {
		return this.role == role && (agencyId == null || agencyId.equals(agency));
	}
}
