package org.openprovince.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies a position (chức vụ); its string form is the bare UUID. */
public record PositionId(UUID value) {

	public PositionId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the bare UUID form, as found in URLs and audit entries. */
	public static PositionId of(String value) {
		return new PositionId(UUID.fromString(value));
	}

	static PositionId random() {
		return new PositionId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
