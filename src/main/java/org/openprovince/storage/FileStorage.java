package org.openprovince.storage;

/**
 * Where uploaded files live: a local directory ({@code openprovince.storage.dir}) or an S3-compatible
 * object store ({@code openprovince.storage.s3.*}). Keys are generated here ({@code yyyy/MM/<uuid>}),
 * never derived from user input; a key of any other shape is refused, so a key coming back from a
 * form or a URL can never reach outside the store.
 *
 * <p>The store knows nothing about dossiers: the calling module keeps the key (and the
 * {@link StoredFile} facts it needs) in its own table, in the same transaction as the rest of its
 * change, and deletes the file when that change is undone.
 */
public interface FileStorage {

	/**
	 * Stores the bytes under a new key; the file is complete and durable when this returns.
	 * @param content the file, normally {@link InspectedFile#content()}
	 * @param contentType its media type, normally {@link InspectedFile#contentType()}
	 * @throws StorageException when the store cannot be written
	 */
	StoredFile store(byte[] content, String contentType);

	/**
	 * The bytes stored under the key.
	 * @throws StorageException when the key is malformed or unknown, or the store cannot be read
	 */
	byte[] read(String key);

	/**
	 * Removes the file; nothing happens when it is already gone.
	 * @throws StorageException when the key is malformed or the store cannot be written
	 */
	void delete(String key);
}
