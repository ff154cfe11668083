package org.openprovince.feedback.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.openprovince.platform.Labelled;

/**
 * Where a feedback item stands (spec §10 group 5; Decree 20/2008/NĐ-CP for receiving, refusing and
 * answering). {@link #REFUSED} and {@link #PUBLISHED} are final; {@link #SUPPLEMENT_REQUESTED} waits for
 * the citizen and goes back to {@link #RECEIVED} when they supplement.
 */
public enum FeedbackStatus implements Labelled {

	/** Tiếp nhận: submitted (or supplemented), not yet decided on. */
	RECEIVED,
	/** Từ chối tiếp nhận, with a reason. */
	REFUSED,
	/** Yêu cầu bổ sung thông tin: waiting for the citizen. */
	SUPPLEMENT_REQUESTED,
	/** Đã tiếp nhận xử lý: classified, a handler assigned. */
	ACCEPTED,
	/** Chuyển cơ quan khác xử lý: handled by another agency, whose 15-day clock started at the transfer. */
	TRANSFERRED,
	/** Đã có dự thảo trả lời, waiting for a leader to publish it. */
	ANSWERED,
	/** Đã công khai trả lời. */
	PUBLISHED;

	/** The statuses in which the agency still has work to do or waits for the citizen. */
	public static final Set<FeedbackStatus> OPEN = EnumSet.of(RECEIVED, SUPPLEMENT_REQUESTED, ACCEPTED, TRANSFERRED,
			ANSWERED);

	@Override
	public String messageKey() {
		return "feedback.status." + name();
	}

	/** The CSS-safe lower-case name, for badges. */
	public String css() {
		return name().toLowerCase(Locale.ROOT);
	}
}
