package org.openprovince.identity;

/** Staff accounts sign into the back office, citizen accounts into the public portal. */
public enum AccountKind {
	STAFF, CITIZEN
}
