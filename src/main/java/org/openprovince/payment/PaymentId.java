package org.openprovince.payment;

import java.util.Objects;
import java.util.UUID;

/** Identifies a payment request (yêu cầu thanh toán). */
public record PaymentId(UUID value) {

	public PaymentId {
		Objects.requireNonNull(value, "value");
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
