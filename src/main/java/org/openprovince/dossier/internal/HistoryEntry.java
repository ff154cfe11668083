package org.openprovince.dossier.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.DossierAction;

/**
 * One row of a dossier's history (quá trình xử lý, spec §3.3): who did what, when, at which step, from
 * and to which status, with the note, attachments and the step deadline in force.
 *
 * @param receiver for a hand-over, who it went to (agency or person), else {@code null}
 */
public record HistoryEntry(int seq, DossierAction action, @Nullable DvcqgStatus from, DvcqgStatus to, int stepIndex,
		String stepName, String agencyName, @Nullable UUID actorId, String actorName, Instant at,
		@Nullable Instant stepDueAt, @Nullable String note, List<UUID> attachments, @Nullable String receiver) {

	public HistoryEntry {
		attachments = List.copyOf(attachments);
	}
}
