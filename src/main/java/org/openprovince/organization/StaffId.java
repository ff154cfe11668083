package org.openprovince.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies a staff member (cán bộ, công chức); its string form is the bare UUID. */
public record StaffId(UUID value) {

	public StaffId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the bare UUID form, as found in URLs and audit entries. */
	public static StaffId of(String value) {
		return new StaffId(UUID.fromString(value));
	}

	static StaffId random() {
		return new StaffId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
