package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's wiring: a province's own {@link SmsSender} replaces the built-in gateway however its
 * configuration sorts, and an unset SMTP host does not turn the health check down.
 */
class NotificationConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(Settings.class, NotificationConfiguration.class);

	@Test
	void usesTheBuiltInGatewayWhenItsUrlIsSet() {
		context.withPropertyValues("openprovince.notification.sms.url=https://sms.example.vn/api/send")
			.run(it -> assertThat(it).getBean(SmsSender.class).isInstanceOf(HttpSmsGateway.class));
	}

	@Test
	void hasNoSenderWhenTheUrlIsBlank() {
		// As with OPENPROVINCE_SMS_URL unset: the property exists, empty.
		context.withPropertyValues("openprovince.notification.sms.url=")
			.run(it -> assertThat(it).doesNotHaveBean(SmsSender.class));
	}

	@Test
	void backsOffForTheProvincesOwnSenderDeclaredInALaterConfiguration() {
		context.withUserConfiguration(ProvinceSms.class)
			.withPropertyValues("openprovince.notification.sms.url=https://sms.example.vn/api/send")
			.run(it -> assertThat(it).getBean(SmsSender.class).isSameAs(ProvinceSms.SENDER));
	}

	@Test
	void reportsMailHealthUnknownRatherThanDownWithoutSmtpHost() {
		context.withPropertyValues("spring.mail.host=")
			.run(it -> assertThat(it.getBean("mailHealthIndicator", HealthIndicator.class).health().getStatus())
				.isEqualTo(Status.UNKNOWN));
	}

	@Test
	void leavesMailHealthToSpringBootWithAnSmtpHost() {
		context.withPropertyValues("spring.mail.host=smtp.example.vn")
			.run(it -> assertThat(it).doesNotHaveBean("mailHealthIndicator"));
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(NotificationSettings.class)
	static class Settings {
	}

	@Configuration(proxyBeanMethods = false)
	static class ProvinceSms {

		static final SmsSender SENDER = (phone, text) -> {
		};

		@Bean
		SmsSender provinceSms() {
			return SENDER;
		}
	}
}
