package org.openprovince.organization;

import org.openprovince.platform.LocalizedException;

/**
 * A rule of the organisation directory was broken (an invalid code, an inconsistent merge, a
 * duplicate e-mail…). {@link #getMessage()} is a Vietnamese sentence fit to show to the user; as a
 * {@link MessageSourceResolvable} the same message renders in the reader's language from the
 * {@code messages/organization} bundles (key {@link #messageKey()}).
 */
public class OrganizationException extends LocalizedException {

	/**
	 * @param messageKey key in the {@code messages/organization} bundles
	 * @param arguments values for the placeholders (see {@link LocalizedException})
	 */
	public OrganizationException(String messageKey, Object... arguments) {
		super("messages/organization", messageKey, arguments);
	}
}
