package org.openprovince.payment;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * The VNPay 2.1.0 payment protocol ("pay" command), as documented by VNPay
 * (sandbox.vnpayment.vn/apis/docs/thanh-toan-pay/pay.html): parameters {@code vnp_*} in a query string
 * signed with HMAC-SHA512 over the hash data — every parameter but {@code vnp_SecureHash} and
 * {@code vnp_SecureHashType}, sorted by name, empty values left out, each value URL-encoded
 * ({@code application/x-www-form-urlencoded}: space as {@code +}), joined {@code name=value&…}. The
 * signature is lower-case hex. Amounts are VND ×100; dates {@code yyyyMMddHHmmss} in GMT+7.
 */
final class VnpayProtocol {

	static final String VERSION = "2.1.0";

	static final String SECURE_HASH = "vnp_SecureHash";

	static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

	static final String AMOUNT = "vnp_Amount";

	static final String TXN_REF = "vnp_TxnRef";

	static final String TMN_CODE = "vnp_TmnCode";

	static final String RESPONSE_CODE = "vnp_ResponseCode";

	static final String TRANSACTION_STATUS = "vnp_TransactionStatus";

	static final String TRANSACTION_NO = "vnp_TransactionNo";

	static final String BANK_CODE = "vnp_BankCode";

	static final String PAY_DATE = "vnp_PayDate";

	static final String ORDER_INFO = "vnp_OrderInfo";

	static final String RETURN_URL = "vnp_ReturnUrl";

	/** vnp_ResponseCode / vnp_TransactionStatus of a successful payment. */
	static final String SUCCESS = "00";

	/** vnp_ResponseCode when the customer cancels on the gateway's page. */
	static final String CANCELLED_BY_CUSTOMER = "24";

	/** VNPay's dates: yyyyMMddHHmmss in GMT+7 (Vietnam time). */
	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.ofHours(7));

	private VnpayProtocol() {
	}

	/** The text that is signed: see the class comment. */
	static String hashData(Map<String, String> params) {
		return new TreeMap<>(params).entrySet()
			.stream()
			.filter(e -> !SECURE_HASH.equals(e.getKey()) && !SECURE_HASH_TYPE.equals(e.getKey()))
			.filter(e -> e.getValue() != null && !e.getValue().isEmpty())
			.map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
			.collect(Collectors.joining("&"));
	}

	/** HMAC-SHA512 of the hash data with the merchant's secret, as lower-case hex. */
	static String sign(String secret, Map<String, String> params) {
		try {
			var mac = Mac.getInstance("HmacSHA512");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
			return HexFormat.of().formatHex(mac.doFinal(hashData(params).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA512 is not available", ex);
		}
	}

	/** The query string to send: the hash data followed by {@code vnp_SecureHash}. */
	static String signedQuery(String secret, Map<String, String> params) {
		return hashData(params) + "&" + SECURE_HASH + "=" + sign(secret, params);
	}

	/** Whether {@code vnp_SecureHash} is the signature of the other parameters (compared in constant time). */
	static boolean verify(String secret, Map<String, String> params) {
		String given = params.get(SECURE_HASH);
		if (given == null || given.isBlank()) {
			return false;
		}
		byte[] expected = sign(secret, params).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, given.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
	}

	/** Parameters of a raw query string (form-decoded), in order; a repeated name keeps its first value. */
	static Map<String, String> parseQuery(@Nullable String query) {
		var params = new LinkedHashMap<String, String>();
		if (query == null || query.isEmpty()) {
			return params;
		}
		for (String pair : query.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = decode(eq < 0 ? pair : pair.substring(0, eq));
			String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
			params.putIfAbsent(name, value);
		}
		return params;
	}

	/**
	 * VNPay asks for vnp_OrderInfo in Vietnamese without diacritics: only ASCII letters, digits and simple
	 * punctuation, so every party encodes (and signs) it the same way.
	 */
	static String asciiText(String text, int maxLength) {
		String plain = Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replace('đ', 'd')
			.replace('Đ', 'D')
			.replaceAll("[^A-Za-z0-9 .,:_/()-]+", " ")
			.replaceAll(" {2,}", " ")
			.strip();
		return plain.length() <= maxLength ? plain : plain.substring(0, maxLength).strip();
	}

	static String amount(long vnd) {
		return Long.toString(Math.multiplyExact(vnd, 100L));
	}

	/** A vnp_PayDate / vnp_CreateDate, or {@code null} when absent or malformed. */
	static @Nullable Instant parseDate(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return DATE.parse(value.strip(), Instant::from);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String decode(String value) {
		try {
			return URLDecoder.decode(value, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return value;
		}
	}
}
