package org.openprovince.dossier.internal;

import java.time.Instant;
import java.util.UUID;

/** A file kept with a dossier (without its content). */
public record StoredFile(UUID id, String kind, String fileName, String contentType, long size, String sha256,
		Instant uploadedAt, String uploadedBy) {
}
