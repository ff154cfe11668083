package org.openprovince.payment;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment request became PAID (đã thanh toán). Published exactly once per request, in the
 * transaction that records the payment and issues the receipt (Spring Modulith's JDBC registry keeps
 * it for the listeners).
 *
 * @param amount the amount paid, in VND
 * @param paidAt when the bank confirmed it
 * @param gateway {@code vnpay} or {@code sandbox}
 * @param transactionNo the gateway's transaction number (vnp_TransactionNo)
 * @param bankCode the payer's bank (vnp_BankCode), {@code null} when not sent
 * @param receiptNumber the e-receipt's number (see {@link Receipt#number()})
 */
public record PaymentSucceeded(PaymentId id, String subjectType, UUID subjectId, String subjectReference,
		PaymentPurpose purpose, long amount, Instant paidAt, String gateway, String transactionNo,
		@Nullable String bankCode, String receiptNumber) {
}
