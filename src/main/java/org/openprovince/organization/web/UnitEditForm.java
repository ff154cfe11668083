package org.openprovince.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The form editing an administrative unit: its name, parent and end of validity. The code, level
 * and start date identify the unit and are not edited.
 */
record UnitEditForm(
		@NotBlank(message = "{organization.validation.required}") @Size(max = 300,
				message = "{organization.validation.size}") @Nullable String name,
		@Nullable UUID parentId,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validTo,
		@Nullable Long version) {

	static UnitEditForm of(Directory.UnitView unit) {
		return new UnitEditForm(unit.name(), unit.parentId(), unit.validTo(), unit.version());
	}

	/** The version the form was read at; a missing one never matches, so the edit is refused. */
	long expectedVersion() {
		return version == null ? -1 : version;
	}
}
