package org.openprovince.integration;

import org.springframework.http.HttpStatus;

/**
 * A refused API request: its HTTP status, a stable machine-readable {@code code} for the problem
 * detail, and a Vietnamese sentence from messages/integration.
 */
class ApiException extends IntegrationException {

	private final HttpStatus status;

	private final String code;

	ApiException(HttpStatus status, String code, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.status = status;
		this.code = code;
	}

	static ApiException notFound(String code, String messageKey, Object... arguments) {
		return new ApiException(HttpStatus.NOT_FOUND, code, messageKey, arguments);
	}

	static ApiException badRequest(String code, String messageKey, Object... arguments) {
		return new ApiException(HttpStatus.BAD_REQUEST, code, messageKey, arguments);
	}

	HttpStatus status() {
		return status;
	}

	String code() {
		return code;
	}
}
