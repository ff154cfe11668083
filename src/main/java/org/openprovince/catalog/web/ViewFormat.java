package org.openprovince.catalog.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Formats shared by the catalog controllers' messages. */
final class ViewFormat {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private ViewFormat() {
	}

	static String date(LocalDate date) {
		return DATE.format(date);
	}
}
