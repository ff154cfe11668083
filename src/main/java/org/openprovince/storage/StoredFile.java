package org.openprovince.storage;

/**
 * A file kept by {@link FileStorage}.
 *
 * @param key the generated key ({@code yyyy/MM/<uuid>}) to read or delete it with
 * @param size length in bytes
 * @param sha256 SHA-256 of the content, lower-case hex: the fingerprint shown on receipts and used to
 * check integrity
 * @param contentType media type given when storing
 */
public record StoredFile(String key, long size, String sha256, String contentType) {
}
