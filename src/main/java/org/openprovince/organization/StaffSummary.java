package org.openprovince.organization;

import org.jspecify.annotations.Nullable;

/**
 * A staff member with the post of their current primary assignment: the agency, the department
 * (when assigned to one) and the position they hold today.
 *
 * @param departmentId the department of the primary assignment, or {@code null} when assigned to
 * the agency as a whole
 * @param departmentName its name, or {@code null} likewise
 */
public record StaffSummary(StaffId staffId, String fullName, String email, AgencyId agencyId, String agencyName,
		AgencyCode agencyCode, @Nullable DepartmentId departmentId, @Nullable String departmentName,
		String positionName) {
}
