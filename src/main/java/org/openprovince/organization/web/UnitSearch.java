package org.openprovince.organization.web;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AdministrativeLevel;

/** Query string of the unit list: text (name or code prefix), level, current/ended, page cursor. */
record UnitSearch(@Nullable String q, @Nullable AdministrativeLevel level, @Nullable Status status,
		@Nullable String after, @Nullable String before) {

	enum Status {
		CURRENT, ENDED
	}
}
