package org.openprovince.catalog;

import java.util.Objects;
import java.util.UUID;

/** Identifies a procedure (thủ tục hành chính); its string form is the bare UUID. */
public record ProcedureId(UUID value) {

	public ProcedureId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the bare UUID form, as found in URLs and audit entries. */
	public static ProcedureId of(String value) {
		return new ProcedureId(UUID.fromString(value));
	}

	static ProcedureId random() {
		return new ProcedureId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
