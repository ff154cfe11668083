package org.openprovince.organization.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AssignmentDetails;
import org.openprovince.organization.DepartmentId;
import org.openprovince.organization.PositionId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** Assigns a staff member to a position in an agency (and optionally a department). */
record AssignmentForm(
		@NotNull(message = "{organization.validation.required}") @Nullable UUID agencyId,
		@Nullable UUID departmentId,
		@NotNull(message = "{organization.validation.required}") @Nullable UUID positionId,
		@NotNull(message = "{organization.validation.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate to,
		@Nullable Boolean primary) {

	static AssignmentForm empty(LocalDate today) {
		return new AssignmentForm(null, null, null, today, null, true);
	}

	/** Call only on a form without binding errors. */
	AssignmentDetails toDetails() {
		return new AssignmentDetails(new AgencyId(Objects.requireNonNull(agencyId)),
				departmentId == null ? null : new DepartmentId(departmentId),
				new PositionId(Objects.requireNonNull(positionId)), Objects.requireNonNull(from), to,
				Boolean.TRUE.equals(primary));
	}
}
