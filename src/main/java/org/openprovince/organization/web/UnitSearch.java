package org.openprovince.organization.web;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.organization.AdministrativeLevel;

/** Query string of the unit list: text (name or code prefix), level, current/ended, page cursor. */
record UnitSearch(@Nullable String q, @Nullable AdministrativeLevel level, @Nullable Status status,
		@Nullable String after, @Nullable String before) {

	enum Status {
		CURRENT, ENDED
	}

	/** This search at another page: {@code cursor} is {@code "after"} or {@code "before"}. */
	public String pageLink(String cursor, String key) {
		return WebForms.link("/office/organization/units", "q", q, "level", level, "status", status, cursor, key);
	}

	/** From the query string; values that do not parse are ignored rather than refused. */
	static UnitSearch of(@Nullable String q, @Nullable String level, @Nullable String status, @Nullable String after,
			@Nullable String before) {
		return new UnitSearch(q, WebForms.parseEnum(AdministrativeLevel.class, level), WebForms.parseEnum(Status.class, status),
				after, before);
	}
}
