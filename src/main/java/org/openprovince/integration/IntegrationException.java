package org.openprovince.integration;

import org.openprovince.platform.LocalizedException;

/** Bad input to the administrator pages of the API clients, with a message from messages/integration. */
class IntegrationException extends LocalizedException {

	IntegrationException(String messageKey, Object... arguments) {
		super("messages/integration", messageKey, arguments);
	}
}
