package org.openprovince.payment;

import java.util.Objects;

/**
 * One amount of a payment request, in VND (đồng, no fraction).
 *
 * @throws PaymentException when the name is blank or too long or the amount is not positive
 */
public record PaymentLine(PaymentLineKind kind, String name, long amount) {

	static final int MAX_NAME = 255;

	public PaymentLine {
		Objects.requireNonNull(kind, "kind");
		name = PaymentOrder.required(name, MAX_NAME, "payment.order.lineName");
		if (amount <= 0) {
			throw new PaymentException("payment.order.lineAmount", name);
		}
	}
}
