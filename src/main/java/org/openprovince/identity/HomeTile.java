package org.openprovince.identity;

import java.util.Objects;

/**
 * A card on the back-office home page: a count of things waiting, a link to them, and whether the
 * count calls for attention (shown with a word, not by colour alone).
 *
 * @param messageKey key of the card's title in the message bundles of the module that contributes it
 * @param count how many, capped by the contributor; above {@link #CAP} it shows as "999+"
 * @param href the page that lists them, a path inside the application (e.g. {@code /office/dossiers?queue=MINE})
 * @param warning whether a non-zero count needs attention (overdue work)
 */
public record HomeTile(String messageKey, int count, String href, boolean warning) {

	/** Counts above this show as "999+". */
	public static final int CAP = 999;

	public HomeTile {
		Objects.requireNonNull(messageKey, "messageKey");
		Objects.requireNonNull(href, "href");
	}

	/** The count as shown: "999+" above the cap. */
	public String display() {
		return count > CAP ? CAP + "+" : String.valueOf(count);
	}

	/** Whether to mark the card: a warning with something in it. */
	public boolean alert() {
		return warning && count > 0;
	}
}
