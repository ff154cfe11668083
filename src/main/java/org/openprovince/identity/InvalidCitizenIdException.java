package org.openprovince.identity;

/** A citizen ID that is not a valid 12-digit personal identification number. */
public class InvalidCitizenIdException extends IllegalArgumentException {

	private final String messageKey;

	InvalidCitizenIdException(String messageKey) {
		super("Invalid citizen ID (" + messageKey + ")");
		this.messageKey = messageKey;
	}

	/** Message-bundle key with the Vietnamese explanation. */
	public String messageKey() {
		return messageKey;
	}
}
