package org.openprovince.organization;

import org.openprovince.platform.Labelled;
import org.jspecify.annotations.Nullable;

/**
 * What kind of body an agency is, which decides the level of administrative unit it serves.
 * Since 2025 the one-stop points are the provincial and commune Public Administrative Service
 * Centers (Trung tâm Phục vụ hành chính công, Decree 118/2025/NĐ-CP art. 1).
 */
public enum AgencyKind implements Labelled {

	/** Ủy ban nhân dân tỉnh. */
	PROVINCIAL_PEOPLES_COMMITTEE(AdministrativeLevel.PROVINCE),
	/** Sở, or a body of equal rank under the provincial People's Committee. */
	DEPARTMENT(AdministrativeLevel.PROVINCE),
	/** Trung tâm Phục vụ hành chính công tỉnh. */
	PROVINCIAL_SERVICE_CENTER(AdministrativeLevel.PROVINCE),
	/** Ủy ban nhân dân xã, phường, đặc khu. */
	COMMUNE_PEOPLES_COMMITTEE(AdministrativeLevel.COMMUNE),
	/** Trung tâm Phục vụ hành chính công xã. */
	COMMUNE_SERVICE_CENTER(AdministrativeLevel.COMMUNE),
	/** Any other body; not tied to a level. */
	OTHER(null);

	private final @Nullable AdministrativeLevel unitLevel;

	AgencyKind(@Nullable AdministrativeLevel unitLevel) {
		this.unitLevel = unitLevel;
	}

	/** Level of the administrative unit an agency of this kind belongs to, or {@code null} for any. */
	public @Nullable AdministrativeLevel unitLevel() {
		return unitLevel;
	}

	/** Key of this value's name in the organisation bundles. */
	@Override
	public String messageKey() {
		return "organization.kind." + name();
	}
}
