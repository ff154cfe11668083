package org.openprovince.catalog;

import org.openprovince.platform.LocalizedException;

/**
 * A catalog rule was broken (a malformed procedure code, budgets that do not add up to the time
 * limit, a version dated before the one in force…). {@link #getMessage()} is a Vietnamese sentence fit
 * to show to the user; as a {@link MessageSourceResolvable} the same message renders in the reader's
 * language from the {@code messages/catalog} bundles (key {@link #messageKey()}).
 */
public class CatalogException extends LocalizedException {

	/**
	 * @param messageKey key in the {@code messages/catalog} bundles
	 * @param arguments values for the placeholders (see {@link LocalizedException})
	 */
	public CatalogException(String messageKey, Object... arguments) {
		super("messages/catalog", messageKey, arguments);
	}
}
