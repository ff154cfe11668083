package org.openprovince.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.openprovince.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment requests (yêu cầu thanh toán) for other modules: open one for a subject they own, look it
 * up, and send the citizen to {@link #payPagePath(PaymentId)} to pay. When a request is paid, the
 * module publishes {@link PaymentSucceeded}.
 */
@Service
public class Payments {

	private final PaymentStore store;

	private final AuditTrail audit;

	private final Clock clock;

	Payments(PaymentStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Opens a request, or returns the open (UNPAID/PENDING) one for the same subject, purpose and amount
	 * (idempotent for double clicks, also when two arrive at once).
	 */
	@Transactional
	public PaymentId open(PaymentOrder order) {
		UUID id = UUID.randomUUID();
		if (!store.insertRequest(id, order, Instant.now(clock))) {
			return new PaymentId(store.openRequest(order)
				.orElseThrow(() -> new IllegalStateException("open payment request vanished: " + order.subjectId())));
		}
		store.insertLines(id, order.lines());
		audit.record("payment.opened", "PaymentRequest", id.toString(),
				Map.of("subjectType", order.subjectType(), "subjectId", order.subjectId().toString(), "reference",
						order.subjectReference(), "purpose", order.purpose().name(), "amount", order.total()));
		return new PaymentId(id);
	}

	@Transactional(readOnly = true)
	public Optional<PaymentView> find(PaymentId id) {
		return store.find(id.value());
	}

	/** The subject's requests, oldest first; empty when there are none. */
	@Transactional(readOnly = true)
	public List<PaymentView> forSubject(UUID subjectId) {
		return store.forSubject(subjectId);
	}

	/** Where the citizen's browser goes to pay: the module's own page {@code /thanh-toan/{id}}. */
	public String payPagePath(PaymentId id) {
		return PayerController.payPath(id.value());
	}
}
