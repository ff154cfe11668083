package org.openprovince.indicators;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

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
}
