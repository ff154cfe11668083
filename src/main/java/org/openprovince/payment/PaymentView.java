package org.openprovince.payment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A payment request as other modules and pages see it. Amounts in VND.
 *
 * @param paidAt when the bank confirmed the payment; {@code null} unless paid (or refunded afterwards)
 * @param gateway the gateway that took the payment ({@code vnpay}, {@code sandbox}); {@code null} until paid
 * @param transactionNo the gateway's transaction number; {@code null} until paid
 * @param bankCode the payer's bank; {@code null} when unknown
 * @param receipt the e-receipt; {@code null} until paid
 */
public record PaymentView(PaymentId id, String subjectType, UUID subjectId, String subjectReference,
		PaymentPurpose purpose, long amount, PaymentStatus status, List<PaymentLine> lines, Instant createdAt,
		@Nullable Instant paidAt, @Nullable String gateway, @Nullable String transactionNo, @Nullable String bankCode,
		@Nullable Receipt receipt) {

	public PaymentView {
		lines = List.copyOf(lines);
	}

	/** Sum of the lines of one kind (phí or lệ phí). */
	public long amountOf(PaymentLineKind kind) {
		return lines.stream().filter(l -> l.kind() == kind).mapToLong(PaymentLine::amount).sum();
	}
}
