package org.openprovince.dossier;

import java.util.Objects;

/**
 * A file the applicant sends with a dossier: a component's scan, a supplement. The caller has already
 * read its type from the content (the storage module's upload inspection).
 */
public record Attachment(String fileName, String contentType, byte[] content) {

	public Attachment {
		Objects.requireNonNull(fileName, "fileName");
		Objects.requireNonNull(contentType, "contentType");
		Objects.requireNonNull(content, "content");
	}
}
