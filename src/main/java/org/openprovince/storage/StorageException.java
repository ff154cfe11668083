package org.openprovince.storage;

import org.openprovince.platform.LocalizedException;

/**
 * A file could not be stored, found or read. {@link #getMessage()} is a Vietnamese sentence fit to
 * show (never a path or an S3 error); the cause, when there is one, is for the log.
 */
public class StorageException extends LocalizedException {

	/**
	 * @param messageKey key in the {@code messages/storage} bundles
	 * @param arguments values for the placeholders
	 */
	public StorageException(String messageKey, Object... arguments) {
		super("messages/storage", messageKey, arguments);
	}

	StorageException causedBy(Throwable cause) {
		initCause(cause);
		return this;
	}

	static StorageException notFound(String key) {
		return new StorageException("storage.file.notFound", key);
	}

	static StorageException failed(Throwable cause) {
		return new StorageException("storage.failed").causedBy(cause);
	}
}
