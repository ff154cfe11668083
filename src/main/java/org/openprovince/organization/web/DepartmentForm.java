package org.openprovince.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Adds a department (phòng, ban) to an agency. */
record DepartmentForm(
		@NotBlank(message = "{organization.validation.required}") @Size(max = 20,
				message = "{organization.validation.size}") @Nullable String code,
		@NotBlank(message = "{organization.validation.required}") @Size(max = 300,
				message = "{organization.validation.size}") @Nullable String name) {

	static DepartmentForm empty() {
		return new DepartmentForm(null, null);
	}
}
