package org.openprovince.storage;

import java.util.Set;

import org.openprovince.platform.Labelled;

/** The kinds of file a citizen or an officer may upload: scans and photos of papers. */
public enum FileKind implements Labelled {

	PDF("application/pdf", "pdf", Set.of("pdf")),
	JPEG("image/jpeg", "jpg", Set.of("jpg", "jpeg", "jpe", "jfif")),
	PNG("image/png", "png", Set.of("png"));

	private final String contentType;

	private final String extension;

	private final Set<String> extensions;

	FileKind(String contentType, String extension, Set<String> extensions) {
		this.contentType = contentType;
		this.extension = extension;
		this.extensions = extensions;
	}

	/** The media type to store and serve the file with. */
	public String contentType() {
		return contentType;
	}

	/** The usual file-name extension, lower case, without the dot. */
	public String extension() {
		return extension;
	}

	/** Whether a file-name extension (any case, without the dot) names this kind. */
	public boolean hasExtension(String extension) {
		return extensions.contains(extension.toLowerCase(java.util.Locale.ROOT));
	}

	@Override
	public String messageKey() {
		return "storage.kind." + name();
	}
}
