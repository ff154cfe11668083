package org.openprovince.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identifies one version of a procedure; a dossier keeps it to know the rules it was received under; its string form is the bare UUID. */
public record ProcedureVersionId(UUID value) {

	public ProcedureVersionId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the bare UUID form, as found in URLs and audit entries. */
	public static ProcedureVersionId of(String value) {
		return new ProcedureVersionId(UUID.fromString(value));
	}

	static ProcedureVersionId random() {
		return new ProcedureVersionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
