package org.openprovince.indicators;

import org.openprovince.platform.LocalizedException;

/**
 * A request the Decision 766 indicators cannot answer, with its Vietnamese message from
 * {@code messages/indicators766}: a period that is not one, typically from a bookmark or a hand-edited
 * address.
 */
public class IndicatorException extends LocalizedException {

	public IndicatorException(String messageKey, Object... arguments) {
		super("messages/indicators766", messageKey, arguments);
	}
}
