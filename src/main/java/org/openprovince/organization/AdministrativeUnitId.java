package org.openprovince.organization;

import java.util.Objects;
import java.util.UUID;

/** Identifies an administrative unit (đơn vị hành chính); its string form is the bare UUID. */
public record AdministrativeUnitId(UUID value) {

	public AdministrativeUnitId {
		Objects.requireNonNull(value, "value");
	}

	/** Parses the bare UUID form, as found in URLs and audit entries. */
	public static AdministrativeUnitId of(String value) {
		return new AdministrativeUnitId(UUID.fromString(value));
	}

	static AdministrativeUnitId random() {
		return new AdministrativeUnitId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
