package org.openprovince.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;

/**
 * One line of the applicant's list of dossiers (hồ sơ của tôi).
 *
 * @param waitingForApplicant the applicant has something to do: supplement or pay
 */
public record CitizenDossier(DossierId id, DossierCode code, String procedureName, DvcqgStatus status,
		Instant submittedAt, @Nullable Instant dueAt, boolean waitingForApplicant) {
}
