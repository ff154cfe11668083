package org.openprovince.catalog;

import java.util.Set;

/**
 * A procedure found by a search, as its version in force on the searched day shows it.
 *
 * @param agencyNames the implementing agency as published, then the configured competent agencies,
 * comma separated
 */
public record ProcedureHit(ProcedureId id, ProcedureCode code, String name, String fieldCode, String fieldName,
		Set<ImplementingLevel> levels, OnlineLevel onlineLevel, String agencyNames) {
}
