package org.openprovince.payment;

import java.net.URI;
import java.time.Instant;
import java.util.Map;

/**
 * The port to a payment gateway (cổng thanh toán): where to send the payer's browser for one attempt,
 * and whether a callback (return URL or IPN) really comes from the gateway. Exactly one implementation
 * is active: {@link VnpayGateway} or {@link SandboxGateway}.
 */
interface PaymentGateway {

	/** Recorded with each attempt and payment: {@code vnpay} or {@code sandbox}. */
	String name();

	/** Whether this is the built-in test gateway (pages then say that no real money moves). */
	boolean sandbox();

	/** The signed address of the gateway's payment page for one attempt. */
	URI checkoutUrl(Checkout checkout);

	/** Whether the callback's parameters carry this merchant's code and a valid signature. */
	boolean verify(Map<String, String> params);

	/**
	 * One attempt to pay.
	 *
	 * @param txnRef the attempt's unique reference (vnp_TxnRef)
	 * @param amount in VND
	 * @param orderInfo what is paid, in Vietnamese without diacritics
	 * @param baseUrl the application's address as the payer's browser reached it (scheme, host, port, context path)
	 * @param clientIp the payer's IP address (vnp_IpAddr)
	 */
	record Checkout(String txnRef, long amount, String orderInfo, String baseUrl, String clientIp, Instant createdAt) {
	}
}
