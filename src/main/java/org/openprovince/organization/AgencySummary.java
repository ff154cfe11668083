package org.openprovince.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * An agency as other modules see it.
 *
 * @param shortName short name, or {@code null}
 * @param administrativeUnitId the unit it serves, or {@code null}
 * @param parentId the agency above it, or {@code null}
 * @param validTo last day of validity, or {@code null} while it exists
 */
public record AgencySummary(AgencyId id, AgencyCode code, String name, @Nullable String shortName, AgencyKind kind,
		@Nullable AdministrativeUnitId administrativeUnitId, @Nullable AgencyId parentId, LocalDate validFrom,
		@Nullable LocalDate validTo) {
}
