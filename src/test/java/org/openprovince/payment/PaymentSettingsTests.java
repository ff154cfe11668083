package org.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Year;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** One gateway at a time: the sandbox by default, VNPay only with its credentials, never both by accident. */
class PaymentSettingsTests {

	@Test
	void defaultsToTheSandboxAndTheDemoReceipt() {
		PaymentSettings settings = bind(Map.of());
		assertThat(settings.gateway()).isEqualTo(PaymentSettings.GatewayKind.SANDBOX);
		assertThat(settings.receipt().form()).isEqualTo("01BLP0-001");
		assertThat(settings.receipt().symbolFor(Year.of(2026))).isEqualTo("OP-26E");
		assertThat(settings.vnpay().url()).isEqualTo("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html");
		assertThat(settings.vnpay().expire()).hasMinutes(15);
	}

	@Test
	void selectsVnpayWithItsMerchantCodeAndSecret() {
		PaymentSettings settings = bind(Map.of("openprovince.payment.gateway", "vnpay",
				"openprovince.payment.vnpay.tmn-code", "SHONG001", "openprovince.payment.vnpay.hash-secret", "S3CRET"));
		assertThat(settings.gateway()).isEqualTo(PaymentSettings.GatewayKind.VNPAY);
		assertThat(new VnpayGateway(settings.vnpay(), "https://dichvucong.example.vn/").sandbox()).isFalse();
	}

	@Test
	void refusesVnpayWithoutCredentials() {
		assertThatThrownBy(() -> bind(Map.of("openprovince.payment.gateway", "vnpay",
				"openprovince.payment.vnpay.tmn-code", "SHONG001")))
			.rootCause()
			.hasMessageContaining("openprovince.payment.vnpay.hash-secret");
	}

	@Test
	void refusesTheSandboxWhileVnpayCredentialsAreSet() {
		assertThatThrownBy(() -> bind(Map.of("openprovince.payment.vnpay.tmn-code", "SHONG001",
				"openprovince.payment.vnpay.hash-secret", "S3CRET")))
			.rootCause()
			.hasMessageContaining("sandbox (test) gateway is active");
	}

	private static PaymentSettings bind(Map<String, String> properties) {
		return new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("openprovince.payment", PaymentSettings.class);
	}
}
