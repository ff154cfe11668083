package org.openprovince.portal.submission;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.ProcedureId;

/**
 * An online submission in progress (hồ sơ đang soạn) of one citizen account.
 *
 * @param files the component files uploaded so far, by the index of the required document
 */
record Draft(UUID id, UUID accountId, ProcedureId procedureId, String procedureCode, String procedureName,
		DraftData data, List<DraftFile> files, Instant createdAt, Instant updatedAt, long version) {

	/** A file uploaded for the required document at {@code index}, kept in the storage module. */
	record DraftFile(int index, String storageKey, String fileName, String contentType, long size, String sha256,
			Instant uploadedAt) {
	}

	/** The file uploaded for the document at {@code index}, or {@code null}; public for the templates (SpEL). */
	public @Nullable DraftFile file(int index) {
		return files.stream().filter(f -> f.index() == index).findFirst().orElse(null);
	}
}
