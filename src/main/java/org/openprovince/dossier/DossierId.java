package org.openprovince.dossier;

import java.util.Objects;
import java.util.UUID;

/** Identity of a dossier (hồ sơ); stable from submission, before the dossier has a code. */
public record DossierId(UUID value) {

	public DossierId {
		Objects.requireNonNull(value, "value");
	}

	public static DossierId random() {
		return new DossierId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
