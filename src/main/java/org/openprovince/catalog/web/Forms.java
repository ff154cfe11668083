package org.openprovince.catalog.web;

/** Constants of the catalog pages; the shared plumbing is {@link org.openprovince.platform.WebForms}. */
final class Forms {

	/** Changing the catalog is for administrators; reading it is for all staff. */
	static final String ADMIN = "hasRole('ADMINISTRATOR')";

	static final String FRAGMENTS = "catalog/fragments :: ";

	private Forms() {
	}
}
