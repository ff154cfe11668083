package org.openprovince.feedback.internal;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.Labelled;

/** What happens to a feedback item; the staff actions are offered on the handling page. */
public enum FeedbackAction implements Labelled {

	SUBMIT(false), SUPPLEMENT(false), REFUSE(true), REQUEST_SUPPLEMENT(true), ACCEPT(true), TRANSFER(true),
	ANSWER(true), PUBLISH(true);

	private final boolean staff;

	FeedbackAction(boolean staff) {
		this.staff = staff;
	}

	/** Whether staff take it on the handling page (the others are the citizen's). */
	public boolean staff() {
		return staff;
	}

	@Override
	public String messageKey() {
		return "feedback.action." + name();
	}

	/** The path segment of the action: {@code REQUEST_SUPPLEMENT} → {@code request-supplement}. */
	public String slug() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The staff action a path segment names, or {@code null}. */
	public static @Nullable FeedbackAction ofSlug(String slug) {
		for (FeedbackAction action : values()) {
			if (action.staff && action.slug().equals(slug)) {
				return action;
			}
		}
		return null;
	}
}
