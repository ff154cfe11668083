package org.openprovince.payment;

import java.time.Duration;
import java.time.Year;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of fee payment ({@code openprovince.payment.*}). Exactly one gateway is active; selecting
 * VNPay without its merchant code and secret, or leaving the sandbox on while VNPay credentials are
 * set, stops the application at start-up with a message saying what to set.
 *
 * @param gateway {@code sandbox} (default: demo and tests) or {@code vnpay}
 * @param vnpay the real VNPay gateway
 * @param sandbox the built-in test gateway
 * @param receipt the e-receipt's form, symbol and provider
 */
@ConfigurationProperties("openprovince.payment")
record PaymentSettings(@DefaultValue("sandbox") GatewayKind gateway, @DefaultValue Vnpay vnpay,
		@DefaultValue Sandbox sandbox, @DefaultValue ReceiptSettings receipt) {

	enum GatewayKind {
		SANDBOX, VNPAY
	}

	PaymentSettings {
		if (gateway == GatewayKind.VNPAY && !vnpay.configured()) {
			throw new IllegalStateException("openprovince.payment.gateway=vnpay needs the merchant code and secret VNPay "
					+ "issued: set openprovince.payment.vnpay.tmn-code and openprovince.payment.vnpay.hash-secret "
					+ "(OPENPROVINCE_VNPAY_TMN_CODE, OPENPROVINCE_VNPAY_HASH_SECRET)");
		}
		if (gateway == GatewayKind.SANDBOX && StringUtils.hasText(vnpay.hashSecret())) {
			throw new IllegalStateException("VNPay credentials are set but the sandbox (test) gateway is active: set "
					+ "openprovince.payment.gateway=vnpay (OPENPROVINCE_PAYMENT_GATEWAY=vnpay) to take real payments, "
					+ "or remove openprovince.payment.vnpay.hash-secret to keep the sandbox");
		}
	}

	/**
	 * @param url VNPay's payment page (its sandbox by default; production: https://pay.vnpay.vn/vpcpay.html)
	 * @param tmnCode the merchant code VNPay issued (vnp_TmnCode)
	 * @param hashSecret the secret VNPay issued (vnp_HashSecret)
	 * @param expire how long VNPay accepts payment of one attempt (vnp_ExpireDate)
	 */
	record Vnpay(@DefaultValue("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html") String url,
			@Nullable String tmnCode, @Nullable String hashSecret, @DefaultValue("15m") Duration expire) {

		boolean configured() {
			return StringUtils.hasText(tmnCode) && StringUtils.hasText(hashSecret);
		}

		@Override
		public String tmnCode() {
			return tmnCode == null ? "" : tmnCode.strip();
		}

		@Override
		public String hashSecret() {
			return hashSecret == null ? "" : hashSecret.strip();
		}
	}

	/**
	 * @param tmnCode the sandbox's merchant code
	 * @param hashSecret the sandbox's secret: it only protects test payments
	 * @param expire how long an attempt is valid
	 * @param timeout longest wait for the application's own IPN endpoint when the sandbox bank calls it
	 */
	record Sandbox(@DefaultValue("OPSANDBX") String tmnCode,
			@DefaultValue("OPENPROVINCESANDBOXSECRETNOTFORREALMONEY") String hashSecret,
			@DefaultValue("15m") Duration expire, @DefaultValue("10s") Duration timeout) {
	}

	/**
	 * @param form the receipt form number (mẫu số)
	 * @param symbol the receipt symbol (ký hiệu); {@code {yy}} becomes the last two digits of the year
	 * @param provider who issues the receipts
	 */
	record ReceiptSettings(@DefaultValue("01BLP0-001") String form, @DefaultValue("OP-{yy}E") String symbol,
			@DefaultValue("OpenProvince") String provider) {

		String symbolFor(Year year) {
			return symbol.replace("{yy}", String.format("%02d", year.getValue() % 100));
		}
	}
}
