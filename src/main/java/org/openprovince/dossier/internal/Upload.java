package org.openprovince.dossier.internal;

import java.util.Locale;
import java.util.Set;

import org.openprovince.dossier.DossierException;

/**
 * A file an officer attaches: a scanned component, a supplement, a result. Only documents and images
 * are accepted, up to {@link #MAX_BYTES}.
 */
public record Upload(String fileName, String contentType, byte[] content) {

	public static final int MAX_BYTES = 10 * 1024 * 1024;

	private static final Set<String> TYPES = Set.of("application/pdf", "image/jpeg", "image/png", "image/tiff",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/msword");

	/** @throws DossierException when the file is empty, too large or not a document or image */
	public Upload {
		fileName = Texts.required(fileName == null ? null : fileName.replaceAll("[\\\\/\\p{Cntrl}]", "_"),
				"dossier.error.file.name", 255);
		contentType = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).strip();
		if (content == null || content.length == 0) {
			throw new DossierException("dossier.error.file.empty", fileName);
		}
		if (content.length > MAX_BYTES) {
			throw new DossierException("dossier.error.file.tooLarge", fileName, MAX_BYTES / 1024 / 1024);
		}
		if (!TYPES.contains(contentType)) {
			throw new DossierException("dossier.error.file.type", fileName);
		}
	}
}
