package org.openprovince.payment;

import org.openprovince.platform.Labelled;

/** The two kinds of amounts a procedure charges (spec §8.2): phí (fee) and lệ phí (charge). */
public enum PaymentLineKind implements Labelled {

	/** Phí. */
	FEE,
	/** Lệ phí. */
	CHARGE;

	/** Message-bundle key of the kind's name. */
	@Override
	public String messageKey() {
		return "payment.line." + name();
	}
}
