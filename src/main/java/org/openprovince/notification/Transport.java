package org.openprovince.notification;

import org.jspecify.annotations.Nullable;

/** One way of reaching applicants, as configured on this node. */
sealed interface Transport permits MailTransport, SmsTransport {

	NotificationChannel channel();

	/** Key in the bundles of why nothing can be sent this way (not configured), or {@code null}. */
	@Nullable String unavailable();

	/** The recipient as this channel addresses it, or {@code null} when it is not a usable address. */
	@Nullable String address(String recipient);

	/** Key in the bundles of why an address is refused. */
	String invalidAddress();

	/**
	 * Sends one notice to an address from {@link #address}.
	 *
	 * @param subject the e-mail subject; unused by SMS
	 * @throws RuntimeException when the server or gateway did not accept it
	 */
	void send(String address, @Nullable String subject, String text);
}
