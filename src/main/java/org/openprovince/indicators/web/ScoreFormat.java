package org.openprovince.indicators.web;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openprovince.indicators.Period;
import org.springframework.context.MessageSource;

/**
 * How the indicator pages and files write figures in the reader's language: counts with grouping,
 * points and percentages with up to two decimals ({@code 95,5%} in Vietnamese), periods in words. In the
 * page models as {@code fmt}; its methods are public for the templates.
 */
final class ScoreFormat {

	private final MessageSource messages;

	private final Locale locale;

	private final DecimalFormat decimal;

	ScoreFormat(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
		this.decimal = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
	}

	/** {@code 1.234}. */
	public String count(long value) {
		return decimal.format(value);
	}

	/** {@code 12,5}. */
	public String points(BigDecimal value) {
		return decimal.format(value);
	}

	/** {@code 12,5 / 20}. */
	public String pointsOf(BigDecimal value, BigDecimal max) {
		return message("indicators.points.of", points(value), points(max));
	}

	/** {@code 95,5%}, or an empty string for none (the template shows a dash). */
	public String percent(@Nullable BigDecimal value) {
		return value == null ? "" : message("indicators.percent", decimal.format(value));
	}

	/** {@code Tháng 11/2026}, {@code Quý 4/2026}, {@code Năm 2026}. */
	public String period(Period period) {
		return message("indicators.period." + period.kind().name(), period.number(), period.year());
	}

	/** A message of the bundles in the reader's language. */
	public String message(String key, Object... arguments) {
		return messages.getMessage(key, arguments, locale);
	}
}
