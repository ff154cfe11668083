package org.openprovince.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters to create an administrative unit.
 *
 * @param code official code: 2 digits for a province, 3 for a district, 5 for a commune
 * @param parentId the unit above it, or {@code null} for a province
 * @param validTo last day of validity, or {@code null} while it exists
 */
public record UnitDetails(String code, String name, AdministrativeLevel level,
		@Nullable AdministrativeUnitId parentId, LocalDate validFrom, @Nullable LocalDate validTo) {
}
