package org.openprovince.calendar;

/**
 * Unit of a time limit (đơn vị thời hạn giải quyết): the catalog's {@code LoaiThoiGianThucHien} is
 * "Ngày làm việc" or "Ngày", and internal-process steps are budgeted in hours (spec §2.3, §4.1).
 */
public enum DeadlineUnit {

	/** Ngày làm việc: only the agency's office hours count (one day = its standard day, 8 h by default). */
	WORKING_DAYS,
	/** Ngày (calendar days); the end moves off a non-working day to the next working day. */
	CALENDAR_DAYS,
	/** Giờ làm việc: office hours only. */
	WORKING_HOURS
}
