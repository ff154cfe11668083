package org.openprovince.catalog;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The decision that published the procedure or its change (quyết định công bố, Decree 63/2010 art. 15),
 * e.g. number {@code 1234/QĐ-UBND} of 15/08/2025 by the provincial People's Committee chair.
 *
 * @param issuer who issued it, or {@code null}
 */
public record PublishingDecision(String number, LocalDate date, @Nullable String issuer) {

	public PublishingDecision {
		number = Texts.required(number, "catalog.error.decision.number", 100);
		Objects.requireNonNull(date, "date");
		issuer = Texts.optional(issuer, Texts.SHORT);
	}
}
