package org.openprovince.calendar;

import org.openprovince.platform.Labelled;
/** Why a day is, or is not, a working day for an agency. */
public enum DayKind implements Labelled {

	/** An ordinary day with office hours. */
	WORKING_DAY(true),
	/** A day of the week without office hours (nghỉ hằng tuần), e.g. Saturday and Sunday. */
	WEEKLY_REST(false),
	/** A public holiday of Labour Code 2019 art. 112.1 (nghỉ lễ, tết). */
	PUBLIC_HOLIDAY(false),
	/** Nghỉ bù: a holiday fell on a weekly rest day, so the next working day is off (Labour Code 2019 art. 111.3). */
	COMPENSATORY_DAY_OFF(false),
	/** An extra day off of the government's yearly schedule, entered by an administrator. */
	EXTRA_DAY_OFF(false),
	/** A day worked in exchange for a day off (ngày làm bù), or a computed day off cancelled by the yearly schedule. */
	COMPENSATORY_WORKING_DAY(true);

	private final boolean working;

	DayKind(boolean working) {
		this.working = working;
	}

	public boolean working() {
		return working;
	}

	/** Message-bundle key of the kind's name. */
	@Override
	public String messageKey() {
		return "calendar.kind." + name();
	}
}
