package org.openprovince.organization;

import org.openprovince.platform.Labelled;
/**
 * Level of an administrative unit and the length of its official code (mã đơn vị hành chính):
 * province 2 digits, district 3, commune 5. Since 1 July 2025 local government has two tiers
 * (province, commune); {@link #DISTRICT} is kept for the history of ended units
 * (spec/one-stop-shop.md §11).
 */
public enum AdministrativeLevel implements Labelled {

	PROVINCE(2), DISTRICT(3), COMMUNE(5);

	private final int codeLength;

	AdministrativeLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	/** Number of digits of the official code of a unit at this level. */
	public int codeLength() {
		return codeLength;
	}

	/** Whether a unit at this level may sit directly under a unit at {@code parent}. */
	boolean mayBeUnder(AdministrativeLevel parent) {
		return switch (this) {
			case PROVINCE -> false;
			case DISTRICT -> parent == PROVINCE;
			case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
		};
	}

	/** Key of this value's name in the organisation bundles. */
	@Override
	public String messageKey() {
		return "organization.level.word." + name();
	}
}
