package org.openprovince.organization.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Query string of the staff list: text (name or e-mail), agency, page cursor (staff ids). */
record StaffSearch(@Nullable String q, @Nullable UUID agency, @Nullable UUID after, @Nullable UUID before) {

	/** This search at another page: {@code cursor} is {@code "after"} or {@code "before"}. */
	public String pageLink(String cursor, String key) {
		return Forms.link("/office/organization/staff", "q", q, "agency", agency, cursor, key);
	}

	/** From the query string; values that do not parse are ignored rather than refused. */
	static StaffSearch of(@Nullable String q, @Nullable String agency, @Nullable String after, @Nullable String before) {
		return new StaffSearch(q, Forms.parseUuid(agency), Forms.parseUuid(after), Forms.parseUuid(before));
	}
}
