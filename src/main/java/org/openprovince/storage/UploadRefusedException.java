package org.openprovince.storage;

import org.openprovince.platform.LocalizedException;

/**
 * An upload {@link UploadInspector} refused. {@link #getMessage()} tells the citizen in Vietnamese
 * why (empty, too large, not a PDF/JPEG/PNG, an extension that contradicts the content, a program
 * renamed as a document, an encrypted or damaged PDF, a damaged image); show it next to the file
 * field ({@code messages/storage} bundles, key {@link #messageKey()}).
 */
public class UploadRefusedException extends LocalizedException {

	UploadRefusedException(String messageKey, Object... arguments) {
		super("messages/storage", messageKey, arguments);
	}
}
