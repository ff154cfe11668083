package org.openprovince.dossier;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.organization.AgencyId;

/**
 * What other modules may know of a dossier at one version: identity, agencies, channel, national
 * status, the dates that decide whether it is on time (spec §4.2), and the markers the Decision 766
 * indicators count (spec §10.2: online payment, digitised components, electronic result, rating).
 *
 * @param version the dossier's version after the change; grows with every change
 * @param changedAt when the change happened
 * @param refused the result is a refusal after appraisal (không đủ điều kiện giải quyết)
 * @param originalDueAt the appointment date (ngày hẹn trả) set at reception
 * @param dueAt the appointment date in force now (moved by pauses or an apology)
 * @param supplementRequests supplement requests issued during processing (yêu cầu bổ sung; the law allows one)
 * @param supplementPaused the time the closed supplement pauses lasted
 * @param supplementPausedSince start of the supplement pause in progress, if the dossier waits for the applicant
 * @param feeRequired a fee, charge or financial obligation is due for the dossier
 * @param paidOnline paid through the online payment gateway (DuocThanhToanTrucTuyen = 2, spec §8.2)
 * @param digitisedComponents components received with a scanned or uploaded file (số hóa thành phần)
 * @param electronicResult the result document has its electronic file (kết quả điện tử)
 * @param citizenAccount submitted from a citizen's account on the portal
 */
public record DossierSnapshot(DossierId id, @Nullable DossierCode code, long version, Instant changedAt,
		ProcedureId procedureId, String procedureCode, String procedureName, AgencyId receivingAgency,
		AgencyId competentAgency, Channel channel, DvcqgStatus status, boolean refused, @Nullable Instant submittedAt,
		@Nullable Instant receivedAt, @Nullable Instant originalDueAt, @Nullable Instant dueAt,
		@Nullable Instant finishedAt, @Nullable Instant returnedAt, int supplementRequests, Duration supplementPaused,
		@Nullable Instant supplementPausedSince, boolean feeRequired, boolean paidOnline, int components,
		int digitisedComponents, boolean electronicResult, @Nullable Rating rating, boolean citizenAccount) {
}
