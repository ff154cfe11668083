package org.openprovince.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.payment.PaymentStore.RequestRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff record on a request (spec §8.2): a refund of a paid request (Đã hoàn phí) or the
 * cancellation of an unpaid one (Hủy thanh toán), each with who, when and why.
 */
@Service
class PaymentDesk {

	static final int MAX_REASON = 500;

	static final int MAX_ACCOUNT = 100;

	private final PaymentStore store;

	private final AuditTrail audit;

	private final Clock clock;

	PaymentDesk(PaymentStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records that a paid request was refunded.
	 *
	 * @param refundAccount the bank account the money went back to; {@code null} when returned in cash
	 * @throws PaymentException when the request is not paid, or the reason is blank or too long
	 */
	@Transactional
	void refund(UUID id, String actor, @Nullable String reason, @Nullable String refundAccount) {
		close(id, PaymentStatus.REFUNDED, actor, reason, refundAccount);
	}

	/**
	 * Cancels a request nobody has paid yet.
	 *
	 * @throws PaymentException when the request is paid or closed, or the reason is blank or too long
	 */
	@Transactional
	void cancel(UUID id, String actor, @Nullable String reason) {
		close(id, PaymentStatus.CANCELLED, actor, reason, null);
	}

	private void close(UUID id, PaymentStatus target, String actor, @Nullable String reason,
			@Nullable String refundAccount) {
		String why = PaymentOrder.required(reason, MAX_REASON, "payment.desk.reason");
		String account = refundAccount == null || refundAccount.isBlank() ? null
				: PaymentOrder.required(refundAccount, MAX_ACCOUNT, "payment.desk.account");
		RequestRow request = store.lockRequest(id).orElseThrow(() -> new PaymentException("payment.notFound"));
		boolean allowed = target == PaymentStatus.REFUNDED ? request.status() == PaymentStatus.PAID
				: request.status().payable();
		if (!allowed) {
			throw new PaymentException("payment.desk." + target.name() + ".notAllowed", request.status());
		}
		store.close(id, target, actor, why, account, Instant.now(clock));
		var details = new LinkedHashMap<String, Object>();
		details.put("from", request.status().name());
		details.put("reason", why);
		if (account != null) {
			details.put("refundAccount", account);
		}
		audit.record(actor, "payment." + target.name().toLowerCase(java.util.Locale.ROOT), "PaymentRequest",
				id.toString(), details);
	}
}
