package org.openprovince.organization.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Creates a position (chức vụ). */
record PositionForm(
		@NotBlank(message = "{organization.validation.required}") @Size(max = 40,
				message = "{organization.validation.size}") @Nullable String code,
		@NotBlank(message = "{organization.validation.required}") @Size(max = 200,
				message = "{organization.validation.size}") @Nullable String name) {

	static PositionForm empty() {
		return new PositionForm(null, null);
	}
}
