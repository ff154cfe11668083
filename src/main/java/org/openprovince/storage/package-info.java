/**
 * Uploaded files (tệp đính kèm: thành phần hồ sơ, ảnh phản ánh): checked on arrival and kept outside
 * the web root, in a local directory by default or in an S3-compatible object store when one is
 * configured.
 *
 * <p>Public API: {@link org.openprovince.storage.UploadInspector} refuses anything that is not a real
 * PDF, JPEG or PNG (the type is read from the content, never trusted from the name or the browser),
 * and {@link org.openprovince.storage.FileStorage} stores the accepted bytes under an opaque,
 * generated key that the owning module keeps in its own table.
 */
@NullMarked
@ApplicationModule(displayName = "Storage", allowedDependencies = { "platform" })
package org.openprovince.storage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
