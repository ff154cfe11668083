package org.openprovince.calendar;

import org.openprovince.platform.LocalizedException;

/**
 * A rule of the working calendar was broken (a day off on a day that is already off, a shift that
 * ends before it starts…). {@link #getMessage()} is a Vietnamese sentence fit to show to the user;
 * as a {@link MessageSourceResolvable} the same message renders in the reader's language from the
 * {@code messages/calendar} bundles (key {@link #messageKey()}).
 */
public class CalendarException extends LocalizedException {

	/**
	 * @param messageKey key in the {@code messages/calendar} bundles
	 * @param arguments values for the placeholders (see {@link LocalizedException})
	 */
	public CalendarException(String messageKey, Object... arguments) {
		super("messages/calendar", messageKey, arguments);
	}
}
