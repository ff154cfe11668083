package org.openprovince.notification;

import org.jspecify.annotations.Nullable;

/**
 * Criteria for listing notices, newest first; every criterion is optional.
 *
 * @param search a dossier code, or a recipient's e-mail address or phone number
 * @param before only notices with a smaller id (the keyset of the next page)
 */
record MessageQuery(@Nullable DeliveryState state, @Nullable NotificationChannel channel, @Nullable String search,
		@Nullable Long before) {

	static final MessageQuery ALL = new MessageQuery(null, null, null, null);
}
