package org.openprovince.notification;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;

/**
 * The query string of the notices page. Values that do not parse are ignored rather than refused, so
 * a shared or mangled link still shows a page.
 *
 * @param q a dossier code, or a recipient's e-mail address or phone number
 * @param before keyset of the page: only notices older than this id
 */
record MessageFilter(@Nullable DeliveryState state, @Nullable NotificationChannel channel, @Nullable String q,
		@Nullable Long before) {

	static final int MAX_SEARCH = 320;

	static MessageFilter of(@Nullable String state, @Nullable String channel, @Nullable String q,
			@Nullable String before) {
		String search = q == null ? null : q.replaceAll("\\p{Cntrl}", "").strip();
		if (search != null && (search.isEmpty() || search.length() > MAX_SEARCH)) {
			search = null;
		}
		return new MessageFilter(WebForms.parseEnum(DeliveryState.class, state),
				WebForms.parseEnum(NotificationChannel.class, channel), search, positive(before));
	}

	MessageQuery toQuery() {
		return new MessageQuery(state, channel, q, before);
	}

	/** This filter at another page ({@code null}: the newest). */
	String link(String path, @Nullable Long otherBefore) {
		return WebForms.link(path, "state", state, "channel", channel, "q", q, "before", otherBefore);
	}

	private static @Nullable Long positive(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			long parsed = Long.parseLong(value.strip());
			return parsed > 0 ? parsed : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
