package org.openprovince.calendar;

import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The rule variants of a deadline computation (spec §4) that differ between procedures and legal
 * readings, as explicit choices. Rules that do not vary are not parameters: a start outside office
 * hours counts from the next working moment (online submissions are deemed received at the next
 * working time, Decree 45/2020 [K], spec §4.1), and a calendar-day limit whose end falls on a
 * non-working day ends on the next working day (spec §4.3 [V]; Civil Code 2015 art. 148.3 [K]).
 *
 * @param dayCounting how a limit in days is counted
 * @param afterPause what a pause (supplementation, spec §3.3 T9 and §4.4) does to the time spent before it
 * @param sameDayCutoff if set, a start at or after this time of day counts from the next working day
 * (e.g. 15:00 for same-day certification, spec §4.1 [S]); {@code null} for none
 */
public record DeadlinePolicy(DayCounting dayCounting, AfterPause afterPause, @Nullable LocalTime sameDayCutoff) {

	/** Working time from the start moment, resume after a pause, no cut-off: the reference implementation's choices. */
	public static final DeadlinePolicy DEFAULT = new DeadlinePolicy(DayCounting.SAME_TIME, AfterPause.RESUME, null);

	public DeadlinePolicy {
		Objects.requireNonNull(dayCounting, "dayCounting");
		Objects.requireNonNull(afterPause, "afterPause");
	}

	public DeadlinePolicy with(DayCounting counting) {
		return new DeadlinePolicy(counting, afterPause, sameDayCutoff);
	}

	public DeadlinePolicy with(AfterPause rule) {
		return new DeadlinePolicy(dayCounting, rule, sameDayCutoff);
	}

	public DeadlinePolicy withSameDayCutoff(@Nullable LocalTime cutoff) {
		return new DeadlinePolicy(dayCounting, afterPause, cutoff);
	}

	/** How a limit in days is counted. Limits in hours always count working time from the start moment. */
	public enum DayCounting {

		/**
		 * The reference implementation's rule (spec §4.3 [V], {@code CaculateTime.cs}): durations are
		 * working time and one working day is the agency's standard day (8 h); the day of receipt
		 * counts for its remaining office hours, so the limit ends at the same clock time. Received
		 * Monday 09:00 with 1 working day: due Tuesday 09:00. A calendar-day limit ends at the start's
		 * clock time, within that day's office hours.
		 */
		SAME_TIME,

		/**
		 * The Civil Code reading (2015, art. 147.2 and 148 [K]): the day of receipt is not counted and
		 * the limit ends when office hours end on its last day. Received Monday 09:00 with 1 working
		 * day: due Tuesday 17:00. Every working day of the agency counts as one day, however long.
		 */
		END_OF_DAY
	}

	/** What happens to the time spent before a pause once the clock runs again (spec §4.4 [I]). */
	public enum AfterPause {

		/** The time already spent counts; the paused time does not (reading of Decree 61/2018 [K]; vendor default). */
		RESUME,

		/**
		 * The full limit starts again when the last pause ends (vendor flag
		 * {@code SuDungYeuCauBoSungTheoNghiDinh}); earlier time and pauses no longer matter.
		 */
		RESTART
	}
}
