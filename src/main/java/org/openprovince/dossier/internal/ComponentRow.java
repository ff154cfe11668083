package org.openprovince.dossier.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A component received with the dossier (thành phần hồ sơ), with its scan when there is one. */
public record ComponentRow(int index, String name, int originals, int copies, @Nullable UUID fileId) {
}
