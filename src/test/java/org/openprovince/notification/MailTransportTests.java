package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;

import jakarta.mail.Session;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class MailTransportTests {

	@Test
	void isOffWithoutSenderOrWithAnEmptyHost() {
		assertThat(transport(null).unavailable()).isEqualTo("notification.skipped.smtp");
		assertThat(transport(withHost("")).unavailable()).isEqualTo("notification.skipped.smtp");
		assertThat(transport(withHost("  ")).unavailable()).isEqualTo("notification.skipped.smtp");
	}

	@Test
	void isOnWithAHostOrAJndiSessionNamingItsServer() {
		assertThat(transport(withHost("smtp.songhong.gov.vn")).unavailable()).isNull();

		var properties = new Properties();
		properties.setProperty("mail.smtp.host", "smtp.songhong.gov.vn");
		var fromJndi = new JavaMailSenderImpl();
		fromJndi.setSession(Session.getInstance(properties));
		assertThat(transport(fromJndi).unavailable()).isNull();
	}

	@Test
	void acceptsOnlyWellFormedAddresses() {
		MailTransport mail = transport(withHost("smtp.songhong.gov.vn"));

		assertThat(mail.address(" binh@example.vn ")).isEqualTo("binh@example.vn");
		assertThat(mail.address("Nguyễn Thị Bình <binh@example.vn>")).isEqualTo("binh@example.vn");
		assertThat(mail.address("không phải thư")).isNull();
		assertThat(mail.address("binh@")).isNull();
		assertThat(mail.address("a@b.vn, c@d.vn")).isNull();
	}

	private static MailTransport transport(@Nullable JavaMailSender sender) {
		var beans = new DefaultListableBeanFactory();
		if (sender != null) {
			beans.registerSingleton("mailSender", sender);
		}
		return new MailTransport(beans.getBeanProvider(JavaMailSender.class), new NotificationSettings(
				"OpenProvince <no-reply@localhost>", new NotificationSettings.Sms(null, null, Duration.ofSeconds(1)),
				new NotificationSettings.Retry(5, Duration.ofMinutes(1), Duration.ofSeconds(30))));
	}

	private static JavaMailSenderImpl withHost(String host) {
		var sender = new JavaMailSenderImpl();
		sender.setHost(host);
		return sender;
	}
}
