package org.openprovince.notification;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of notices, newest first, and the keyset of the next (older) page if there is one. */
record MessagePage(List<NotificationMessage> messages, @Nullable Long nextBefore) {

	static final MessagePage EMPTY = new MessagePage(List.of(), null);
}
