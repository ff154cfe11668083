package org.openprovince.dossier;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;

/**
 * What anyone holding a dossier code may see (tra cứu hồ sơ): the procedure, the national status, the
 * dates and the public steps of its history — never the applicant's personal data.
 *
 * @param dueAt the appointment date, {@code null} before reception
 */
public record DossierTracking(DossierId id, DossierCode code, String procedureName, DvcqgStatus status,
		String receivingAgencyName, @Nullable Instant receivedAt, @Nullable Instant dueAt,
		@Nullable Instant finishedAt, @Nullable Instant returnedAt, List<Event> events) {

	public DossierTracking {
		events = List.copyOf(events);
	}

	/** One public step of the history: when, which status, at which agency. */
	public record Event(Instant at, DvcqgStatus status, DossierAction action, String agencyName) {
	}
}
