package org.openprovince.dossier.internal;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;

/**
 * One step of the internal process as the dossier follows it, copied from the catalog when the dossier
 * was received, so that a later change to the process does not move a dossier under way.
 *
 * @param role the role that acts at this step, from the step's position ({@link StepRoles})
 * @param agencyId the agency where it happens: the receiving one for the desk's steps, the competent one otherwise
 * @param budget the step's working time; zero for the return step, which waits for the appointment
 */
public record Step(int index, String name, String positionCode, Role role, AgencyId agencyId, String agencyName,
		@Nullable String department, Duration budget, DvcqgStatus status, boolean mayReturn) {
}
