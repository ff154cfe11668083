package org.openprovince.indicators;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/**
 * An agency as the statistics show it.
 *
 * @param code identifier code (mã định danh), or {@code null} when the directory does not know the agency
 * @param name its name, or {@code null} when the directory does not know the agency
 */
record AgencyName(AgencyId id, @Nullable String code, @Nullable String name) {

	static AgencyName unknown(AgencyId id) {
		return new AgencyName(id, null, null);
	}
}
