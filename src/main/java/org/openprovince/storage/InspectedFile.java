package org.openprovince.storage;

/**
 * An upload {@link UploadInspector} accepted.
 *
 * @param safeName the original name cleaned for display and downloads (no path, no control or
 * direction characters, bounded length, Vietnamese letters kept) with an extension that fits the
 * content
 * @param kind what the content really is
 * @param contentType the media type of {@link #kind()}, to store and serve the file with
 * @param content the bytes, unchanged (not copied: do not modify)
 */
public record InspectedFile(String safeName, FileKind kind, String contentType, byte[] content) {
}
