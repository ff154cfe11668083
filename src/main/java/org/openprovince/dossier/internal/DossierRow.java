package org.openprovince.dossier.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierState;

/** One line of a work queue or search result. */
public record DossierRow(UUID id, @Nullable String code, String procedureCode, String procedureName,
		String applicantName, DossierState state, String receivingAgencyName, String competentAgencyName,
		@Nullable String stepName, @Nullable String assigneeName, Instant createdAt, @Nullable Instant receivedAt,
		@Nullable Instant dueAt, @Nullable Instant stepDueAt, @Nullable Instant finishedAt) {

	/** Whether the appointment date or the current step's deadline has passed while the clock runs. */
	public boolean overdue(Instant now) {
		if (state.isFinal() || state.waitsForApplicant()) {
			return dueAt != null && finishedAt != null && finishedAt.isAfter(dueAt);
		}
		return (dueAt != null && now.isAfter(dueAt)) || (stepDueAt != null && now.isAfter(stepDueAt));
	}

	/** Whether a deadline falls before {@code threshold} (the next working day) and has not passed yet. */
	public boolean dueSoon(Instant now, Instant threshold) {
		if (state.isFinal() || state.waitsForApplicant() || overdue(now)) {
			return false;
		}
		return (dueAt != null && dueAt.isBefore(threshold)) || (stepDueAt != null && stepDueAt.isBefore(threshold));
	}
}
