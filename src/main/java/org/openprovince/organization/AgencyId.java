package org.openprovince.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies an agency (cơ quan); its string form is the bare UUID. */
public record AgencyId(UUID value) {

	public AgencyId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the bare UUID form, as found in URLs and audit entries. */
	public static AgencyId of(String value) {
		return new AgencyId(UUID.fromString(value));
	}

	static AgencyId random() {
		return new AgencyId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
