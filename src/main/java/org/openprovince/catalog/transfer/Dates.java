package org.openprovince.catalog.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.openprovince.catalog.CatalogException;

/** Dates as Vietnamese documents write them (dd/MM/yyyy), ISO dates accepted too. */
final class Dates {

	static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/M/yyyy");

	private Dates() {
	}

	static LocalDate parse(String text) {
		String value = text.strip();
		try {
			return value.contains("-") ? LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value)
					: LocalDate.parse(value, SHORT);
		}
		catch (DateTimeParseException ex) {
			throw new CatalogException("catalog.import.date", value);
		}
	}

	static String format(LocalDate date) {
		return VIETNAMESE.format(date);
	}
}
