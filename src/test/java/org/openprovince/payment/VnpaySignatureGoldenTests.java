package org.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

/**
 * The VNPay 2.1.0 signature against VNPay's own sample request (the payment URL of the "pay" API
 * documentation, sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html): the hash data must be
 * exactly its query string before {@code vnp_SecureHash} — sorted names, form-encoded values — and the
 * signature its HMAC-SHA512, computed here by hand and pinned from an independent implementation
 * (Python's {@code hmac}).
 */
class VnpaySignatureGoldenTests {

	/** VNPay's documented sample query, without vnp_SecureHash. */
	static final String SAMPLE = "vnp_Amount=1806000&vnp_Command=pay&vnp_CreateDate=20210801153333&vnp_CurrCode=VND"
			+ "&vnp_IpAddr=127.0.0.1&vnp_Locale=vn&vnp_OrderInfo=Thanh+toan+don+hang+%3A5&vnp_OrderType=other"
			+ "&vnp_ReturnUrl=https%3A%2F%2Fdomainmerchant.vn%2FReturnUrl&vnp_TmnCode=DEMOV210&vnp_TxnRef=5"
			+ "&vnp_Version=2.1.0";

	static final String SECRET = "SECRETKEYFORGOLDENTESTONLY000000";

	/** hmac.new(SECRET, SAMPLE, hashlib.sha512).hexdigest() in Python 3. */
	static final String PINNED = "c19af477b0a895d94744d98057019fa495feded9a1b969d982563922016cb868"
			+ "3433e871500fe8492b63481da69a1d10639d784c0d92f2e60b8c8563a74ced35";

	@Test
	void buildsTheHashDataOfVnpaysSampleFromUnsortedParameters() {
		assertThat(VnpayProtocol.hashData(sample())).isEqualTo(SAMPLE);
	}

	@Test
	void leavesOutTheSignatureFieldsAndEmptyValues() {
		Map<String, String> params = sample();
		params.put("vnp_SecureHash", "abc");
		params.put("vnp_SecureHashType", "HmacSHA512");
		params.put("vnp_BankCode", "");
		assertThat(VnpayProtocol.hashData(params)).isEqualTo(SAMPLE);
	}

	@Test
	void signsWithHmacSha512AsLowerCaseHex() throws Exception {
		String byHand = hmacSha512(SECRET, SAMPLE);
		assertThat(byHand).isEqualTo(PINNED);
		assertThat(VnpayProtocol.sign(SECRET, sample())).isEqualTo(PINNED);
		assertThat(VnpayProtocol.signedQuery(SECRET, sample())).isEqualTo(SAMPLE + "&vnp_SecureHash=" + PINNED);
	}

	@Test
	void verifiesTheSignatureInEitherCaseAndRefusesAnyChange() {
		Map<String, String> signed = sample();
		signed.put("vnp_SecureHash", PINNED.toUpperCase());
		assertThat(VnpayProtocol.verify(SECRET, signed)).isTrue();

		Map<String, String> tampered = new LinkedHashMap<>(signed);
		tampered.put("vnp_Amount", "1806100");
		assertThat(VnpayProtocol.verify(SECRET, tampered)).isFalse();

		Map<String, String> added = new LinkedHashMap<>(signed);
		added.put("vnp_BankCode", "NCB");
		assertThat(VnpayProtocol.verify(SECRET, added)).isFalse();

		assertThat(VnpayProtocol.verify("another secret", signed)).isFalse();
		Map<String, String> unsigned = sample();
		assertThat(VnpayProtocol.verify(SECRET, unsigned)).isFalse();
	}

	@Test
	void readsBackTheQueryItSigned() {
		Map<String, String> parsed = VnpayProtocol.parseQuery(SAMPLE + "&vnp_SecureHash=" + PINNED);
		assertThat(parsed).containsEntry("vnp_OrderInfo", "Thanh toan don hang :5")
			.containsEntry("vnp_ReturnUrl", "https://domainmerchant.vn/ReturnUrl");
		assertThat(VnpayProtocol.verify(SECRET, parsed)).isTrue();
	}

	@Test
	void writesAmountsTimesOneHundredAndDatesInVietnamTime() {
		assertThat(VnpayProtocol.amount(18_060)).isEqualTo("1806000");
		// 08:33:33 UTC is 15:33:33 in GMT+7: VNPay's sample vnp_CreateDate.
		assertThat(VnpayProtocol.DATE.format(Instant.parse("2021-08-01T08:33:33Z"))).isEqualTo("20210801153333");
		assertThat(VnpayProtocol.parseDate("20210801153333")).isEqualTo(Instant.parse("2021-08-01T08:33:33Z"));
		assertThat(VnpayProtocol.parseDate("2021-08-01")).isNull();
	}

	@Test
	void writesOrderInfoInVietnameseWithoutDiacritics() {
		assertThat(VnpayProtocol.asciiText("000.00.09.H99-261124-0001 Lệ phí cấp Phiếu lý lịch tư pháp số 1 (Đợt 2)", 255))
			.isEqualTo("000.00.09.H99-261124-0001 Le phi cap Phieu ly lich tu phap so 1 (Dot 2)");
		assertThat(VnpayProtocol.asciiText("Phí & lệ phí", 255)).isEqualTo("Phi le phi");
	}

	/** The sample's parameters, deliberately not in name order. */
	private static Map<String, String> sample() {
		var params = new LinkedHashMap<String, String>();
		params.put("vnp_Version", "2.1.0");
		params.put("vnp_TxnRef", "5");
		params.put("vnp_TmnCode", "DEMOV210");
		params.put("vnp_ReturnUrl", "https://domainmerchant.vn/ReturnUrl");
		params.put("vnp_OrderType", "other");
		params.put("vnp_OrderInfo", "Thanh toan don hang :5");
		params.put("vnp_Locale", "vn");
		params.put("vnp_IpAddr", "127.0.0.1");
		params.put("vnp_CurrCode", "VND");
		params.put("vnp_CreateDate", "20210801153333");
		params.put("vnp_Command", "pay");
		params.put("vnp_Amount", "1806000");
		return params;
	}

	private static String hmacSha512(String key, String data) throws Exception {
		var mac = Mac.getInstance("HmacSHA512");
		mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
		return HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
	}
}
