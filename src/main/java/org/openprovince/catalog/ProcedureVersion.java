package org.openprovince.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/**
 * One version of a procedure as dossiers use it (phiên bản thủ tục): its published content (dossier
 * components, fees, time limit…), the period it is in force, and the per-agency configuration with the
 * internal processes. A dossier keeps the version in force when it was received
 * ({@link Catalog#versionInForce}), so later changes never alter its deadline or fees (spec §2.3 [I]).
 *
 * @param effectiveTo last day in force, or {@code null} while no later version exists
 */
public record ProcedureVersion(ProcedureVersionId id, ProcedureId procedureId, ProcedureCode code, int number,
		LocalDate effectiveFrom, @Nullable LocalDate effectiveTo, ProcedureContent content, List<AgencySetup> agencies) {

	public ProcedureVersion {
		agencies = List.copyOf(agencies);
	}

	public boolean inForceOn(LocalDate day) {
		return !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
	}

	public String name() {
		return content.name();
	}

	public List<RequiredDocument> documents() {
		return content.documents();
	}

	public List<Fee> fees() {
		return content.fees();
	}

	public TimeLimit timeLimit() {
		return content.timeLimit();
	}

	/** The configuration of the competent agency, if configured. */
	public Optional<AgencySetup> setupFor(AgencyId competentAgency) {
		return agencies.stream().filter(s -> s.competent().id().equals(competentAgency)).findFirst();
	}

	/** The internal process of the competent agency, if configured. */
	public Optional<InternalProcess> internalProcess(AgencyId competentAgency) {
		return setupFor(competentAgency).map(AgencySetup::process);
	}

	/** Configurations in which {@code receivingAgency} receives dossiers. */
	public List<AgencySetup> setupsReceivedAt(AgencyId receivingAgency) {
		return agencies.stream().filter(s -> s.receivesAt(receivingAgency)).toList();
	}
}
