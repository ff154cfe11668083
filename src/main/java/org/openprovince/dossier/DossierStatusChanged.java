package org.openprovince.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;

/**
 * A dossier's national status (spec §3.1) changed, or the dossier was just created. Carries what a
 * notice to the applicant needs, so listeners do not query the dossier back.
 *
 * @param code the dossier code, {@code null} for an online submission not (yet) received
 * @param from the previous status, {@code null} when the dossier was just created
 * @param dueAt the appointment date (ngày hẹn trả) after the change, {@code null} before reception
 * @param note the officer's reason or note shown to the applicant (refusal reason, what to supplement,
 * amount to pay…), {@code null} when none
 */
public record DossierStatusChanged(DossierId dossierId, @Nullable DossierCode code, @Nullable DvcqgStatus from,
		DvcqgStatus to, Instant at, String procedureName, ApplicantContact applicant, @Nullable Instant dueAt,
		@Nullable String note) {
}
