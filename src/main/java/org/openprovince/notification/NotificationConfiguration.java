package org.openprovince.notification;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DeferredImportSelector;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.util.StringUtils;

/**
 * Wiring of the notification module: the retry job's scheduling, the built-in SMS gateway (imported
 * last, so that a province's own {@link SmsSender} wins) and the mail health check when no SMTP host
 * is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@Import(NotificationConfiguration.SmsGatewayLast.class)
class NotificationConfiguration {

	/**
	 * Without an SMTP host, {@code spring.mail.host} is empty rather than absent (it comes from
	 * {@code OPENPROVINCE_SMTP_HOST}); Spring Boot would still create a mail sender and its health
	 * check would try localhost and report the whole application down. E-mail is simply off.
	 */
	@Bean
	@Conditional(NoSmtpHost.class)
	HealthIndicator mailHealthIndicator() {
		return () -> Health.unknown().withDetail("smtp", "not configured").build();
	}

	static final class NoSmtpHost implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			var environment = context.getEnvironment();
			return !StringUtils.hasText(environment.getProperty("spring.mail.host"))
					&& !StringUtils.hasText(environment.getProperty("spring.mail.jndi-name"));
		}
	}

	/**
	 * Deferred like an auto-configuration, so {@code @ConditionalOnMissingBean(SmsSender.class)} sees
	 * every bean the application declares, wherever its configuration class sorts.
	 */
	static final class SmsGatewayLast implements DeferredImportSelector {

		@Override
		public String[] selectImports(AnnotationMetadata metadata) {
			return new String[] { SmsGatewayConfiguration.class.getName() };
		}
	}
}
