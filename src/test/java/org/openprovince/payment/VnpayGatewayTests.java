package org.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The real VNPay gateway's redirect: VNPay's page, the public return address, a signature VNPay accepts. */
class VnpayGatewayTests {

	static final String SECRET = "VNPAYISSUEDSECRET";

	final VnpayGateway gateway = new VnpayGateway(new PaymentSettings.Vnpay(
			"https://sandbox.vnpayment.vn/paymentv2/vpcpay.html", "SHONG001", SECRET, Duration.ofMinutes(15)),
			"https://dichvucong.songhong.gov.vn/");

	@Test
	void sendsThePayerToVnpayWithASignedOrderInVnd() {
		var checkout = new PaymentGateway.Checkout("26112400000042", 250_000, "000.00.09.H99-261124-0001 Le phi",
				"http://10.0.0.5:8080", "203.0.113.9", Instant.parse("2026-11-24T02:00:00Z"));
		String url = gateway.checkoutUrl(checkout).toString();
		assertThat(url).startsWith("https://sandbox.vnpayment.vn/paymentv2/vpcpay.html?vnp_Amount=25000000&");
		Map<String, String> params = PortalClient.query(url);
		assertThat(params).containsEntry("vnp_TmnCode", "SHONG001")
			.containsEntry("vnp_TxnRef", "26112400000042")
			.containsEntry("vnp_CreateDate", "20261124090000")
			.containsEntry("vnp_ExpireDate", "20261124091500")
			.containsEntry("vnp_IpAddr", "203.0.113.9")
			.containsEntry("vnp_ReturnUrl", "https://dichvucong.songhong.gov.vn/thanh-toan/ket-qua");
		var unsigned = new LinkedHashMap<>(params);
		unsigned.remove("vnp_SecureHash");
		assertThat(PortalClient.signedQuery(SECRET, unsigned)).isEqualTo(url.substring(url.indexOf('?') + 1));
		assertThat(gateway.verify(params)).isTrue();
	}

	@Test
	void refusesCallbacksForAnotherMerchant() {
		var params = new LinkedHashMap<String, String>();
		params.put("vnp_TmnCode", "OTHER001");
		params.put("vnp_TxnRef", "1");
		params.put("vnp_Amount", "100");
		params.putAll(PortalClient.query("http://x/?" + PortalClient.signedQuery(SECRET, params)));
		assertThat(gateway.verify(params)).isFalse();
	}
}
