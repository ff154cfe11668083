package org.openprovince.identity;

/**
 * A request the identity rules refuse, with a message-bundle key the pages show in Vietnamese or
 * English (e.g. {@code identity.register.duplicate}).
 */
public class IdentityException extends RuntimeException {

	private final String messageKey;
	private final String field;

	IdentityException(String messageKey, String field) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
	}

	public String messageKey() {
		return messageKey;
	}

	/** The form field the problem belongs to. */
	public String field() {
		return field;
	}
}
