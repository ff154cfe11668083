package org.openprovince.catalog;

/**
 * A legal document the procedure rests on (căn cứ pháp lý): its number and title (SOVANBAN, TENVANBAN),
 * e.g. {@code 60/2014/QH13}, "Luật Hộ tịch".
 */
public record LegalBasis(String number, String title) {

	public LegalBasis {
		number = Texts.required(number, "catalog.error.legal.number", 100);
		title = Texts.required(title, "catalog.error.legal.title", 2_000);
	}
}
