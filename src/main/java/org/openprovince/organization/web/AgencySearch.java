package org.openprovince.organization.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyKind;

/** Query string of the agency list: text (name, short name or code prefix), kind, unit and page cursor. */
record AgencySearch(@Nullable String q, @Nullable AgencyKind kind, @Nullable UUID unit, @Nullable String after,
		@Nullable String before) {
}
