package org.openprovince.feedback.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.openprovince.calendar.DeadlinePolicy;
import org.openprovince.calendar.DeadlinePolicy.DayCounting;
import org.openprovince.calendar.DeadlineUnit;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.organization.AgencyId;
import org.springframework.stereotype.Component;

/**
 * The time limits of feedback handling, from Decision 766 indicator 5.2 (spec §10 group 5, [S/V]):
 * refusal within 2 working days of submission, a supplement request within 5, the answer published
 * within 15 working days of submission or of the transfer to another agency, and the publication within
 * 2 working days of the answer being ready. Decree 20/2008/NĐ-CP is the frame these implement [K].
 *
 * <p>Working days follow the calendar of the handling agency (its office hours, holidays and the yearly
 * schedule). Counting is the Civil Code reading ({@link DayCounting#END_OF_DAY}): the day of submission
 * does not count and the limit ends when office hours end on its last working day, so "within 2 working
 * days" of a Thursday submission means by Monday evening. That reading is our choice [I]: the indicator
 * compares dates, and a citizen reads a limit in days as whole days.
 */
@Component
public class FeedbackDeadlines {

	/** Refusal (từ chối tiếp nhận): 2 working days. */
	public static final int REFUSE_DAYS = 2;

	/** Supplement request (yêu cầu bổ sung): 5 working days. */
	public static final int SUPPLEMENT_DAYS = 5;

	/** Answer published: 15 working days from submission or transfer. */
	public static final int ANSWER_DAYS = 15;

	/** Publication once the answer is ready: 2 working days. */
	public static final int PUBLISH_DAYS = 2;

	private static final DeadlinePolicy POLICY = DeadlinePolicy.DEFAULT.with(DayCounting.END_OF_DAY);

	private final WorkingCalendar calendar;

	FeedbackDeadlines(WorkingCalendar calendar) {
		this.calendar = calendar;
	}

	/** The end of {@code workingDays} working days of the agency after {@code start}. */
	public Instant after(UUID agencyId, Instant start, int workingDays) {
		return calendar.deadline(new AgencyId(agencyId), start, workingDays, DeadlineUnit.WORKING_DAYS, POLICY,
				List.of());
	}
}
