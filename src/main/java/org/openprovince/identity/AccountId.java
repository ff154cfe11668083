package org.openprovince.identity;

import java.util.Objects;
import java.util.UUID;

/** Stable identifier of an account; never reused (the future OpenID Connect subject). */
public record AccountId(UUID value) implements java.io.Serializable {

	public AccountId {
		Objects.requireNonNull(value, "value");
	}

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
