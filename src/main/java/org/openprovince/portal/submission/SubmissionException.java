package org.openprovince.portal.submission;

import org.openprovince.platform.LocalizedException;

/** A refused step of an online submission, with a message from {@code messages/portal}. */
class SubmissionException extends LocalizedException {

	SubmissionException(String messageKey, Object... arguments) {
		super("messages/portal", messageKey, arguments);
	}
}
