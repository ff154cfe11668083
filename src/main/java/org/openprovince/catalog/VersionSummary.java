package org.openprovince.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A version in a procedure's history.
 *
 * @param effectiveTo last day in force, or {@code null} for the latest version
 * @param decisionNumber number of its publishing decision, or {@code null}
 */
public record VersionSummary(ProcedureVersionId id, int number, LocalDate effectiveFrom,
		@Nullable LocalDate effectiveTo, String name, TimeLimit timeLimit, @Nullable String decisionNumber) {

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}
}
