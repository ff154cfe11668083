package org.openprovince.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Assigns a staff member to a position in an agency (and optionally one of its departments).
 *
 * @param departmentId a department of {@code agencyId}, or {@code null}
 * @param to last day, or {@code null} until further notice
 * @param primary whether this is the staff member's main post; a new primary assignment ends the
 * previous one the day before it starts
 */
public record AssignmentDetails(AgencyId agencyId, @Nullable DepartmentId departmentId, PositionId positionId,
		LocalDate from, @Nullable LocalDate to, boolean primary) {
}
