package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
/**
 * A fee (phí: pays for a service) or a charge (lệ phí: collected for a state act), the two kinds of
 * the Law on Fees and Charges 2015 (Luật Phí và lệ phí số 97/2015/QH13, art. 3).
 */
public enum FeeKind implements Labelled {

	/** Phí. */
	FEE("Phí"),
	/** Lệ phí. */
	CHARGE("Lệ phí");

	private final String nationalLabel;

	FeeKind(String nationalLabel) {
		this.nationalLabel = nationalLabel;
	}

	public String nationalLabel() {
		return nationalLabel;
	}

	@Override
	public String messageKey() {
		return "catalog.feeKind." + name();
	}
}
