package org.openprovince.payment;

import org.openprovince.platform.LocalizedException;

/** A broken payment rule, with its Vietnamese message from {@code messages/payment}. */
public class PaymentException extends LocalizedException {

	PaymentException(String messageKey, Object... arguments) {
		super("messages/payment", messageKey, arguments);
	}
}
