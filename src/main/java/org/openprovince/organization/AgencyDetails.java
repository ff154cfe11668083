package org.openprovince.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters about an agency, to create or edit it.
 *
 * @param administrativeUnitId the unit it serves (its level must match {@code kind}), or {@code null}
 * @param parentId the agency above it, or {@code null}
 * @param validTo last day of validity, or {@code null} while it exists
 */
public record AgencyDetails(AgencyCode code, String name, @Nullable String shortName, AgencyKind kind,
		@Nullable AdministrativeUnitId administrativeUnitId, @Nullable AgencyId parentId, LocalDate validFrom,
		@Nullable LocalDate validTo) {
}
