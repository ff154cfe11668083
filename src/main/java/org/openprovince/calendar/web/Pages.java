package org.openprovince.calendar.web;

/** Constants of the calendar pages; the shared plumbing is {@link org.openprovince.platform.WebForms}. */
final class Pages {

	/** Editing the calendar is for administrators (also enforced for /office/admin/** by URL). */
	static final String ADMIN = "hasRole('ADMINISTRATOR')";

	static final String FRAGMENTS = "calendar/fragments :: ";

	private Pages() {
	}
}
