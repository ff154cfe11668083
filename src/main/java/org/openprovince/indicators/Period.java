package org.openprovince.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.openprovince.platform.VietnamTime;

/**
 * A reporting period (kỳ báo cáo) of the Decision 766 indicators (spec §10.1: timeType year, quarter,
 * month): calendar months in Vietnam time, so a dossier received at 00:30 on 1 February counts for
 * February.
 *
 * @param number the month 1–12, the quarter 1–4, or 1 for a year
 */
public record Period(PeriodKind kind, int year, int number) {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2999;

	private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:-(?:(\\d{1,2})|[Qq]([1-4])))?");

	/** @throws IndicatorException when the number does not fit the kind or the year is out of range */
	public Period {
		int max = switch (kind) {
			case MONTH -> 12;
			case QUARTER -> 4;
			case YEAR -> 1;
		};
		if (year < FIRST_YEAR || year > LAST_YEAR || number < 1 || number > max) {
			throw new IndicatorException("indicators.error.period", year + "/" + number);
		}
	}

	public static Period month(int year, int month) {
		return new Period(PeriodKind.MONTH, year, month);
	}

	public static Period quarter(int year, int quarter) {
		return new Period(PeriodKind.QUARTER, year, quarter);
	}

	public static Period year(int year) {
		return new Period(PeriodKind.YEAR, year, 1);
	}

	/**
	 * Reads {@code "2026-11"} (a month), {@code "2026-Q4"} (a quarter) or {@code "2026"} (a year), as
	 * {@link #key()} writes them.
	 *
	 * @throws IndicatorException for anything else
	 */
	public static Period parse(String text) {
		Matcher m = TEXT.matcher(text == null ? "" : text.strip());
		if (!m.matches()) {
			throw new IndicatorException("indicators.error.period", text == null ? "" : text);
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			return month(year, Integer.parseInt(m.group(2)));
		}
		return m.group(3) != null ? quarter(year, Integer.parseInt(m.group(3))) : year(year);
	}

	/** The text {@link #parse} reads: {@code "2026-11"}, {@code "2026-Q4"} or {@code "2026"}. */
	public String key() {
		return switch (kind) {
			case MONTH -> "%d-%02d".formatted(year, number);
			case QUARTER -> year + "-Q" + number;
			case YEAR -> Integer.toString(year);
		};
	}

	public LocalDate firstDay() {
		return switch (kind) {
			case MONTH -> LocalDate.of(year, number, 1);
			case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
			case YEAR -> LocalDate.of(year, 1, 1);
		};
	}

	public LocalDate lastDay() {
		return switch (kind) {
			case MONTH -> firstDay().plusMonths(1).minusDays(1);
			case QUARTER -> firstDay().plusMonths(3).minusDays(1);
			case YEAR -> LocalDate.of(year, 12, 31);
		};
	}

	/** The first moment of the period in Vietnam time. */
	public Instant start() {
		return firstDay().atStartOfDay(VietnamTime.ZONE).toInstant();
	}

	/** The first moment after the period: periods are {@code [start, end)}. */
	public Instant end() {
		return lastDay().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
	}

	/** The months of the period, in order (the period itself for a month). */
	public List<Period> months() {
		int first = firstDay().getMonthValue();
		int count = switch (kind) {
			case MONTH -> 1;
			case QUARTER -> 3;
			case YEAR -> 12;
		};
		return IntStream.range(first, first + count).mapToObj(m -> month(year, m)).toList();
	}

	/** The period of the same kind one year earlier. */
	Period yearBefore() {
		return new Period(kind, year - 1, number);
	}

	@Override
	public String toString() {
		return key();
	}
}
