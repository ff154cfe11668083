package org.openprovince.dossier;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;

/**
 * Processing of a received dossier ended (spec §4.2): a result is ready (9), or it was refused after
 * appraisal (9, with a refusal), withdrawn (7) or stopped (8). Whether it ended on time is judged as
 * the national portal does: end time, minus the supplementation pause, against the appointment date.
 *
 * @param refused whether the result is a refusal (không đủ điều kiện giải quyết)
 * @param dueAt the appointment date in force at the end
 */
public record DossierFinished(DossierId dossierId, DossierCode code, DvcqgStatus status, boolean refused,
		Instant receivedAt, Instant finishedAt, @Nullable Instant dueAt, boolean onTime) {
}
