package org.openprovince.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AdministrativeLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The form creating an administrative unit. */
record UnitForm(
		@NotBlank(message = "{organization.validation.required}") @Size(max = 5,
				message = "{organization.validation.size}") @Nullable String code,
		@NotBlank(message = "{organization.validation.required}") @Size(max = 300,
				message = "{organization.validation.size}") @Nullable String name,
		@NotNull(message = "{organization.validation.required}") @Nullable AdministrativeLevel level,
		@Nullable UUID parentId,
		@NotNull(message = "{organization.validation.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validFrom,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validTo) {

	static UnitForm empty(LocalDate today) {
		return new UnitForm(null, null, AdministrativeLevel.COMMUNE, null, today, null);
	}
}
