package org.openprovince.feedback;

import org.openprovince.platform.LocalizedException;

/**
 * A feedback rule that refused an action, with its Vietnamese message from {@code messages/feedback}:
 * the action does not apply in the item's status, the person may not act, the input is incomplete, or
 * someone else changed the item first ({@link #STALE}). Nothing was written when it is thrown.
 */
public class FeedbackException extends LocalizedException {

	/** Key of the message when another person changed the item since it was read. */
	public static final String STALE = "feedback.error.stale";

	public FeedbackException(String messageKey, Object... arguments) {
		super("messages/feedback", messageKey, arguments);
	}
}
