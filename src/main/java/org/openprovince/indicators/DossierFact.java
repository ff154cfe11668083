package org.openprovince.indicators;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.dossier.Rating;

/**
 * What the Decision 766 indicators keep of one dossier at one version (a row of
 * {@code indicator_dossier_766}), already reduced by the rules of spec §4.2.
 *
 * @param endedAt the end of processing (spec §4.2): status 9 time, else status 10 time, else the time of a
 * stop, refusal or withdrawal; {@code null} while in progress
 * @param endedByStatus whether {@code endedAt} is the moment a stop, refusal or withdrawal was first seen (no
 * finish or return time exists), so later versions keep the first such moment
 * @param withResult ended with a result (status 9 or 10, not a refusal after appraisal)
 * @param appointmentAt the appointment date set at reception (NgayHenTra)
 */
record DossierFact(UUID dossierId, long version, @Nullable String code, UUID procedureId, String procedureCode,
		String procedureName, UUID receivingAgency, UUID competentAgency, int channel, int status,
		@Nullable Instant receivedAt, @Nullable Instant appointmentAt, @Nullable Instant dueAt, @Nullable Instant endedAt,
		boolean endedByStatus, boolean withResult, int supplementRequests, Duration supplementPaused,
		@Nullable Instant supplementOpenSince, boolean feeRequired, boolean paidOnline, int components,
		int digitisedComponents, boolean electronicResult, boolean unsatisfied) {

	/**
	 * The fact of a snapshot. End of processing (spec §4.2 [V]): the time of status 9, else of status 10,
	 * else of a stop, refusal or withdrawal. The dossier module keeps the first of these in
	 * {@code finishedAt} (set when processing ends, whichever way) and the return in {@code returnedAt}; a
	 * terminal status without either ends at the first snapshot that showed it.
	 */
	static DossierFact of(DossierSnapshot d) {
		DvcqgStatus status = d.status();
		boolean terminal = status == DvcqgStatus.REFUSED || status == DvcqgStatus.WITHDRAWN
				|| status == DvcqgStatus.STOPPED || status == DvcqgStatus.DONE || status == DvcqgStatus.RETURNED;
		Instant ended = d.finishedAt() != null ? d.finishedAt() : d.returnedAt();
		boolean byStatus = ended == null && terminal;
		if (byStatus) {
			ended = d.changedAt();
		}
		boolean withResult = ended != null && !d.refused()
				&& (status == DvcqgStatus.DONE || status == DvcqgStatus.RETURNED);
		return new DossierFact(d.id().value(), d.version(), d.code() == null ? null : d.code().value(),
				d.procedureId().value(), d.procedureCode(), d.procedureName(), d.receivingAgency().value(),
				d.competentAgency().value(), d.channel().code(), status.code(), d.receivedAt(), d.originalDueAt(),
				d.dueAt(), ended, byStatus, withResult, d.supplementRequests(), d.supplementPaused(),
				d.supplementPausedSince(), d.feeRequired(), d.paidOnline(), d.components(), d.digitisedComponents(),
				d.electronicResult(), d.rating() == Rating.UNSATISFIED);
	}
}
