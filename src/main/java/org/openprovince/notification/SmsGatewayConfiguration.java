package org.openprovince.notification;

import java.net.URI;
import java.util.Objects;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The built-in {@link SmsSender}: an HTTP gateway, when {@code openprovince.notification.sms.url} is
 * set and the application declares no sender of its own. Imported by {@link NotificationConfiguration}
 * after every other configuration.
 */
@Configuration(proxyBeanMethods = false)
class SmsGatewayConfiguration {

	@Bean
	@ConditionalOnMissingBean(SmsSender.class)
	@Conditional(GatewayUrlSet.class)
	HttpSmsGateway httpSmsGateway(NotificationSettings settings) {
		NotificationSettings.Sms sms = settings.sms();
		return new HttpSmsGateway(URI.create(Objects.requireNonNull(sms.url()).strip()), sms.token(), sms.timeout());
	}

	/** The URL comes from {@code OPENPROVINCE_SMS_URL}: empty, not absent, when unset. */
	static final class GatewayUrlSet implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("openprovince.notification.sms.url"));
		}
	}
}
