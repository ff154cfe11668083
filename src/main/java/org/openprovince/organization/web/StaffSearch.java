package org.openprovince.organization.web;

import org.openprovince.platform.WebForms;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Query string of the staff list: text (name or e-mail), agency, page cursor (staff ids). */
record StaffSearch(@Nullable String q, @Nullable UUID agency, @Nullable UUID after, @Nullable UUID before) {

	/** This search at another page: {@code cursor} is {@code "after"} or {@code "before"}. */
	public String pageLink(String cursor, String key) {
		return WebForms.link("/office/organization/staff", "q", q, "agency", agency, cursor, key);
	}

	/** From the query string; values that do not parse are ignored rather than refused. */
	static StaffSearch of(@Nullable String q, @Nullable String agency, @Nullable String after, @Nullable String before) {
		return new StaffSearch(q, WebForms.parseUuid(agency), WebForms.parseUuid(after), WebForms.parseUuid(before));
	}
}
