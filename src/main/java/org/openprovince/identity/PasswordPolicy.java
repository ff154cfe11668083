package org.openprovince.identity;

import java.util.Optional;

/**
 * What a new password must satisfy: at least 8 characters with a letter and a digit, and not the
 * username. Kept simple so that citizens on a phone can comply (NIST SP 800-63B favours length over
 * composition rules).
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 8;

	private PasswordPolicy() {
	}

	/** The message key of the first rule the password breaks, or empty when it is acceptable. */
	public static Optional<String> violation(String password, String username) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("identity.password.tooShort");
		}
		if (password.length() > 128) {
			return Optional.of("identity.password.tooLong");
		}
		if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
			return Optional.of("identity.password.composition");
		}
		if (password.equalsIgnoreCase(username)) {
			return Optional.of("identity.password.sameAsUsername");
		}
		return Optional.empty();
	}
}
