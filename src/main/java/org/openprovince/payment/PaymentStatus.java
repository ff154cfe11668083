package org.openprovince.payment;

import org.openprovince.platform.Labelled;

/**
 * Status of a payment request, spec §8.2: Chưa thanh toán / Chờ thanh toán / Đã thanh toán / Đã hoàn
 * phí / Hủy thanh toán.
 */
public enum PaymentStatus implements Labelled {

	/** Chưa thanh toán: opened, or the last gateway attempt failed (the citizen may try again). */
	UNPAID,
	/** Chờ thanh toán: the citizen went to the gateway; the bank has not answered yet. */
	PENDING,
	/** Đã thanh toán: paid; the e-receipt is issued. */
	PAID,
	/** Đã hoàn phí: paid, then refunded by staff. */
	REFUNDED,
	/** Hủy thanh toán: cancelled by staff before it was paid. */
	CANCELLED;

	/** Whether the citizen may (still) pay it. */
	public boolean payable() {
		return this == UNPAID || this == PENDING;
	}

	/** Message-bundle key of the status's name. */
	@Override
	public String messageKey() {
		return "payment.status." + name();
	}
}
