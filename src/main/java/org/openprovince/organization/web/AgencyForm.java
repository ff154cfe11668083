package org.openprovince.organization.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AdministrativeUnitId;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyDetails;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** The agency create/edit form. The code's format is checked by {@link AgencyCode}. */
record AgencyForm(
		@NotBlank(message = "{organization.validation.required}") @Size(max = 20,
				message = "{organization.validation.size}") @Nullable String code,
		@NotBlank(message = "{organization.validation.required}") @Size(max = 300,
				message = "{organization.validation.size}") @Nullable String name,
		@Size(max = 100, message = "{organization.validation.size}") @Nullable String shortName,
		@NotNull(message = "{organization.validation.required}") @Nullable AgencyKind kind,
		@Nullable UUID unitId,
		@Nullable UUID parentId,
		@NotNull(message = "{organization.validation.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validFrom,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate validTo,
		@Nullable Long version) {

	static AgencyForm empty(LocalDate today) {
		return new AgencyForm(null, null, null, null, null, null, today, null, null);
	}

	static AgencyForm of(Directory.AgencyView agency) {
		return new AgencyForm(agency.code(), agency.name(), agency.shortName(), agency.kind(), agency.unitId(),
				agency.parentId(), agency.validFrom(), agency.validTo(), agency.version());
	}

	/** Call only on a form without binding errors; the code may still break {@link AgencyCode}'s rule. */
	AgencyDetails toDetails() {
		return new AgencyDetails(AgencyCode.of(code), name, shortName, kind,
				unitId == null ? null : new AdministrativeUnitId(unitId), parentId == null ? null : new AgencyId(parentId),
				validFrom, validTo);
	}

	/** The version the form was read at; a missing one never matches, so the edit is refused. */
	long expectedVersion() {
		return version == null ? -1 : version;
	}
}
