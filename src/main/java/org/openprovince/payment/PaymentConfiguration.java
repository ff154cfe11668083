package org.openprovince.payment;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Wiring of the payment module: the one active gateway. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentSettings.class)
class PaymentConfiguration {

	@Bean
	PaymentGateway paymentGateway(PaymentSettings settings, @Value("${openprovince.public-url}") String publicUrl) {
		return switch (settings.gateway()) {
			case VNPAY -> new VnpayGateway(settings.vnpay(), publicUrl);
			case SANDBOX -> new SandboxGateway(settings.sandbox());
		};
	}

	/** The sandbox bank's page exists only while the sandbox gateway is the active one. */
	static final class SandboxSelected implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return Binder.get(context.getEnvironment())
				.bind("openprovince.payment.gateway", PaymentSettings.GatewayKind.class)
				.orElse(PaymentSettings.GatewayKind.SANDBOX) == PaymentSettings.GatewayKind.SANDBOX;
		}
	}
}
