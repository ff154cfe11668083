package org.openprovince.nationalsync;

/**
 * The national portal did not answer as the protocol says: unreachable, an HTTP error, a timeout, a
 * refused login or another error code than "00". The message is kept as the dossier's last error.
 */
class PortalUnavailableException extends RuntimeException {

	PortalUnavailableException(String message) {
		super(message);
	}
}
