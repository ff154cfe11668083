package org.openprovince.organization.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.organization.AgencyKind;

/** Query string of the agency list: text (name, short name or code prefix), kind, unit and page cursor. */
record AgencySearch(@Nullable String q, @Nullable AgencyKind kind, @Nullable UUID unit, @Nullable String after,
		@Nullable String before) {

	/** This search at another page: {@code cursor} is {@code "after"} or {@code "before"}. */
	public String pageLink(String cursor, String key) {
		return WebForms.link("/office/organization/agencies", "q", q, "kind", kind, "unit", unit, cursor, key);
	}

	/** From the query string; values that do not parse are ignored rather than refused. */
	static AgencySearch of(@Nullable String q, @Nullable String kind, @Nullable String unit, @Nullable String after,
			@Nullable String before) {
		return new AgencySearch(q, WebForms.parseEnum(AgencyKind.class, kind), WebForms.parseUuid(unit), after, before);
	}
}
