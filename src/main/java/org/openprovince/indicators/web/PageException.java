package org.openprovince.indicators.web;

import org.openprovince.platform.LocalizedException;

/** A query an indicator page cannot answer (an unknown agency, a period not begun), with its sentence. */
class PageException extends LocalizedException {

	PageException(String messageKey, Object... arguments) {
		super("messages/indicators", messageKey, arguments);
	}
}
