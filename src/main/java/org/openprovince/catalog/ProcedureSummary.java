package org.openprovince.catalog;

import java.time.LocalDate;

/**
 * A procedure and where its history stands.
 *
 * @param version optimistic-lock version, to pass back when revising it
 */
public record ProcedureSummary(ProcedureId id, ProcedureCode code, int latestNumber, LocalDate latestEffectiveFrom,
		long version) {
}
