package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
/**
 * Level of government that implements a procedure (cấp thực hiện). Since 1 July 2025 local government
 * has two tiers, province and commune (spec §11); {@link #DISTRICT} remains for versions published before.
 */
public enum ImplementingLevel implements Labelled {

	/** Cấp Bộ (ministry, or a vertical agency's central level). */
	MINISTRY("Cấp Bộ"),
	/** Cấp Tỉnh. */
	PROVINCE("Cấp Tỉnh"),
	/** Cấp Huyện, abolished on 1 July 2025. */
	DISTRICT("Cấp Huyện"),
	/** Cấp Xã. */
	COMMUNE("Cấp Xã"),
	/** Cơ quan khác. */
	OTHER("Cơ quan khác");

	private final String nationalLabel;

	ImplementingLevel(String nationalLabel) {
		this.nationalLabel = nationalLabel;
	}

	/** The label used by the national database, e.g. {@code Cấp Tỉnh}. */
	public String nationalLabel() {
		return nationalLabel;
	}

	@Override
	public String messageKey() {
		return "catalog.level." + name();
	}
}
