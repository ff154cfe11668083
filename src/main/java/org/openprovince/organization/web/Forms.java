package org.openprovince.organization.web;

/** Constants of the organisation pages; the shared plumbing is {@link org.openprovince.platform.WebForms}. */
final class Forms {

	/** Creating and editing the directory is for administrators; reading it is for all staff. */
	static final String ADMIN = "hasRole('ADMINISTRATOR')";

	static final String FRAGMENTS = "organization/fragments :: ";

	private Forms() {
	}
}
