package org.openprovince.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies a department (phòng, ban) inside an agency; its string form is the bare UUID. */
public record DepartmentId(UUID value) {

	public DepartmentId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the bare UUID form, as found in URLs and audit entries. */
	public static DepartmentId of(String value) {
		return new DepartmentId(UUID.fromString(value));
	}

	static DepartmentId random() {
		return new DepartmentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
