package org.openprovince.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;

import org.openprovince.platform.VietnamTime;

/**
 * The calendar month a moment falls in, in Vietnam time: statistics are reported per month as the
 * province lives them, so a dossier received at 00:30 on 1 February (17:30 UTC on 31 January) counts
 * for February. Stored as the month's first day.
 */
final class ReportingMonth {

	private ReportingMonth() {
	}

	static YearMonth of(Instant at) {
		return YearMonth.from(at.atZone(VietnamTime.ZONE));
	}

	/** The month's first day, as the {@code month} columns store it. */
	static LocalDate firstDay(YearMonth month) {
		return month.atDay(1);
	}
}
