package org.openprovince.feedback;

/**
 * The feedback counts of a period behind indicators 5.1–5.3 of Decision 766 (spec §10 group 5).
 *
 * <p>5.2 (on time) = {@link #onTime()} ÷ {@link #total()}; 5.1 (classified) = {@link #classified()} ÷
 * {@link #total()}; 5.3 (satisfaction) = {@link #satisfied()} ÷ {@link #firstReceived()}.
 *
 * @param total items received or handled in the period: submitted before its end and not finished
 * before its start
 * @param handled of those, the ones whose handling ended in the period (refused, supplement requested,
 * answer published)
 * @param handledOnTime of the handled, those that ended within their limit
 * @param inProgress of {@code total}, those still being handled at the end of the period
 * @param inProgressOnTime of those, the ones still within their 15 working days ("in progress within
 * 15 working days counts as within time")
 * @param classified of {@code total}, those the agency classified (indicator 5.1)
 * @param firstReceived items submitted in the period (the denominator of 5.3)
 * @param unsatisfied of those, items whose published answer has more dislikes than likes
 * @param overdue of those, items handled late or still open past their limit
 * @param satisfied {@code firstReceived} less the items unsatisfied or overdue (re-raised feedback is
 * not tracked yet, so not subtracted)
 */
public record FeedbackCounts(long total, long handled, long handledOnTime, long inProgress, long inProgressOnTime,
		long classified, long firstReceived, long unsatisfied, long overdue, long satisfied) {

	/** Items handled on time plus items in progress within their time (the numerator of 5.2). */
	public long onTime() {
		return handledOnTime + inProgressOnTime;
	}
}
