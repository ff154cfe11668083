package org.openprovince.notification;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** SMS through the {@link SmsSender} the application has, if any. */
@Component
final class SmsTransport implements Transport {

	private final @Nullable SmsSender sender;

	SmsTransport(ObjectProvider<SmsSender> sender) {
		this.sender = sender.getIfUnique();
	}

	@Override
	public NotificationChannel channel() {
		return NotificationChannel.SMS;
	}

	@Override
	public @Nullable String unavailable() {
		return sender == null ? "notification.skipped.sms" : null;
	}

	@Override
	public @Nullable String address(String recipient) {
		return PhoneNumbers.normalize(recipient);
	}

	@Override
	public String invalidAddress() {
		return "notification.skipped.sms.invalid";
	}

	@Override
	public void send(String address, @Nullable String subject, String text) {
		if (sender == null) {
			throw new IllegalStateException("No SMS sender");
		}
		sender.send(address, text);
	}
}
