package org.openprovince.calendar;

/** What an entry of the government's yearly schedule does to a day. */
public enum OverrideKind {

	/** An extra day off (ngày nghỉ), e.g. the Prime Minister's extra day around Tết or 2 September. */
	DAY_OFF,
	/** A working day (ngày làm việc), e.g. a Saturday worked in exchange for a day off, or a moved nghỉ bù. */
	WORKING_DAY
}
