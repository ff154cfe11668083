package org.openprovince.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** E-mail through Spring's mail sender ({@code spring.mail.*}), as UTF-8 plain text. */
@Component
final class MailTransport implements Transport {

	private final @Nullable JavaMailSender sender;

	private final String from;

	MailTransport(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
		this.sender = sender.getIfUnique();
		this.from = settings.mailFrom();
	}

	@Override
	public NotificationChannel channel() {
		return NotificationChannel.EMAIL;
	}

	@Override
	public @Nullable String unavailable() {
		boolean configured = sender != null && (!(sender instanceof JavaMailSenderImpl impl) || hasServer(impl));
		return configured ? null : "notification.skipped.smtp";
	}

	/**
	 * Spring Boot creates the sender as soon as {@code spring.mail.host} exists, even empty (no
	 * {@code OPENPROVINCE_SMTP_HOST}); a mail session from JNDI names its server in its own properties.
	 */
	private static boolean hasServer(JavaMailSenderImpl sender) {
		if (StringUtils.hasText(sender.getHost())) {
			return true;
		}
		Session session = sender.getSession();
		return StringUtils.hasText(session.getProperty("mail.smtp.host"))
				|| StringUtils.hasText(session.getProperty("mail.host"));
	}

	@Override
	public @Nullable String address(String recipient) {
		try {
			var address = new InternetAddress(recipient.strip(), true);
			address.validate();
			return address.getAddress();
		}
		catch (AddressException ex) {
			return null;
		}
	}

	@Override
	public String invalidAddress() {
		return "notification.skipped.email.invalid";
	}

	@Override
	public void send(String address, @Nullable String subject, String text) {
		if (sender == null) {
			throw new IllegalStateException("No mail sender");
		}
		MimeMessage message = sender.createMimeMessage();
		try {
			var helper = new MimeMessageHelper(message, false, "UTF-8");
			helper.setFrom(from);
			helper.setTo(address);
			helper.setSubject(subject == null ? "" : subject);
			helper.setText(text, false);
		}
		catch (MessagingException ex) {
			throw new MailPreparationException(ex);
		}
		sender.send(message);
	}
}
