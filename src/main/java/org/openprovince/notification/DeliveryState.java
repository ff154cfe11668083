package org.openprovince.notification;

import org.openprovince.platform.Labelled;

/**
 * Where a stored notice stands. {@link #PENDING} and {@link #FAILED} notices are sent by the retry job
 * when due; {@link #SENT} and {@link #SKIPPED} ones are final unless an administrator sends them again.
 */
enum DeliveryState implements Labelled {

	/** Stored, not sent yet. */
	PENDING,
	/** Accepted by the mail server or the SMS gateway. */
	SENT,
	/** The last attempt failed; retried when {@code next_attempt_at} comes, until attempts run out. */
	FAILED,
	/** Not sent on purpose: the channel is not configured, or the address is not usable. */
	SKIPPED;

	@Override
	public String messageKey() {
		return "notification.state." + name();
	}

	/** Whether an administrator may send it again (public for the templates' expression language). */
	public boolean resendable() {
		return this == FAILED || this == SKIPPED;
	}
}
