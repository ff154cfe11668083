package org.openprovince.indicators;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openprovince.indicators.YearStatistics.AgencyMonthLine;
import org.springframework.context.MessageSource;

/**
 * The statistics as a CSV file for spreadsheets: one line per agency and month with figures, headings in
 * the reader's language. RFC 4180 (comma, CRLF, quotes doubled), numbers without grouping and with a
 * decimal point, UTF-8 with a byte-order mark so Excel reads the Vietnamese letters. Text that a
 * spreadsheet would take for a formula is prefixed with an apostrophe.
 */
final class StatisticsCsv {

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

	private static final List<String> HEADINGS = List.of("month", "agencyCode", "agency", "received", "online",
			"direct", "postal", "finished", "onTime", "rate");

	private StatisticsCsv() {
	}

	static byte[] write(YearStatistics statistics, MessageSource messages, Locale locale) {
		var csv = new StringBuilder();
		line(csv, HEADINGS.stream().map(h -> messages.getMessage("indicators.csv." + h, null, locale)));
		String unknown = messages.getMessage("indicators.agency.unknown", null, locale);
		for (AgencyMonthLine row : statistics.rows()) {
			DossierCounts c = row.counts();
			String name = row.agency().name();
			String code = row.agency().code();
			line(csv, Stream.of(MONTH.format(row.month()), code == null ? "" : code, name == null ? unknown : name,
					number(c.received()), number(c.receivedOnline()), number(c.receivedDirect()),
					number(c.receivedPostal()), number(c.finished()), number(c.finishedOnTime()), rate(c.onTimeRate())));
		}
		byte[] text = csv.toString().getBytes(StandardCharsets.UTF_8);
		byte[] file = new byte[BOM.length + text.length];
		System.arraycopy(BOM, 0, file, 0, BOM.length);
		System.arraycopy(text, 0, file, BOM.length, text.length);
		return file;
	}

	private static void line(StringBuilder csv, Stream<String> cells) {
		csv.append(cells.map(StatisticsCsv::cell).collect(Collectors.joining(","))).append("\r\n");
	}

	private static String cell(String value) {
		String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static String number(long value) {
		return Long.toString(value);
	}

	private static String rate(@Nullable BigDecimal rate) {
		return rate == null ? "" : rate.toPlainString();
	}
}
