package org.openprovince.indicators;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One row behind a figure: a dossier, a procedure (1.3, 3.1, 3.2) or a feedback item (5.x).
 *
 * @param reference the dossier code, procedure code or feedback code
 * @param title the procedure's name, or the feedback's title
 * @param receivedAt reception (dossier) or submission (feedback); {@code null} for a procedure
 * @param dueAt the appointment date set at reception (dossier) or the answer deadline (feedback)
 * @param endedAt the end of processing by the §4.2 rules, or {@code null} while in progress
 * @param state the status, as the bundles name it in the current locale
 * @param href the office page showing the row
 */
public record DrillDownLine(String reference, String title, String agencyName, @Nullable Instant receivedAt,
		@Nullable Instant dueAt, @Nullable Instant endedAt, String state, String href) {
}
