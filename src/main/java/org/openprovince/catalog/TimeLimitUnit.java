package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
import java.math.BigDecimal;

/**
 * Unit of a time limit (thời hạn giải quyết). Procedures count in working days (ngày làm việc) unless
 * they say calendar days (ngày) or hours; the national database calls it DONVITINH (spec §2.2, §4.1).
 */
public enum TimeLimitUnit implements Labelled {

	/** Ngày làm việc. */
	WORKING_DAYS("Ngày làm việc"),
	/** Ngày (calendar days). */
	CALENDAR_DAYS("Ngày"),
	/** Giờ làm việc. */
	HOURS("Giờ làm việc");

	/**
	 * Working hours in one day of a time limit: the office day 07:00–11:30 and 13:30–17:00 (spec §4.3)
	 * is 8 hours, the 40-hour week of Decision 188/1999/QĐ-TTg [K]. The Thanh Hóa system stores every
	 * limit in hours at 8 h a day for both day units (spec §2.3, TruongHopThuTuc.ThoiGianThucHien); we do
	 * the same, so a calendar-day limit is budgeted as 8 hours of work per day it lasts. The dossier's
	 * real deadline comes from the working-time calendar, not from this conversion.
	 */
	public static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(8);

	private final String nationalLabel;

	TimeLimitUnit(String nationalLabel) {
		this.nationalLabel = nationalLabel;
	}

	/** The DONVITINH label of the national database. */
	public String nationalLabel() {
		return nationalLabel;
	}

	/** Working hours in one unit: 8 for a day of either kind, 1 for an hour. */
	public BigDecimal hours() {
		return this == HOURS ? BigDecimal.ONE : HOURS_PER_DAY;
	}

	@Override
	public String messageKey() {
		return "catalog.unit." + name();
	}
}
