package org.openprovince.catalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A procedure (thủ tục hành chính) identified by its national code, and where its version history
 * stands. Versions are appended only: each new one starts after the latest and not in the past, so the
 * version a dossier was received under never changes afterwards (spec §2.3 [I]).
 */
@Table("catalog_procedure")
class Procedure {

	private final @Id UUID id;

	private final String code;

	private int latestNumber;

	private LocalDate latestEffectiveFrom;

	private final Instant createdAt;

	private @Version long version;

	@PersistenceCreator
	Procedure(UUID id, String code, int latestNumber, LocalDate latestEffectiveFrom, Instant createdAt, long version) {
		this.id = id;
		this.code = code;
		this.latestNumber = latestNumber;
		this.latestEffectiveFrom = latestEffectiveFrom;
		this.createdAt = createdAt;
		this.version = version;
	}

	/** A new procedure whose first version is in force from {@code effectiveFrom} (any date). */
	static Procedure create(ProcedureCode code, LocalDate effectiveFrom, Instant now) {
		return new Procedure(UUID.randomUUID(), code.value(), 1, effectiveFrom, now, 0);
	}

	/**
	 * Makes room for the next version and returns its number.
	 *
	 * @throws CatalogException when {@code effectiveFrom} is not after the latest version's start, or is
	 * before {@code today} (a dossier already received must keep its version)
	 */
	int addVersion(LocalDate effectiveFrom, LocalDate today) {
		if (!effectiveFrom.isAfter(latestEffectiveFrom)) {
			throw new CatalogException("catalog.error.version.notAfterLatest", code, latestEffectiveFrom);
		}
		if (effectiveFrom.isBefore(today)) {
			throw new CatalogException("catalog.error.version.past", today);
		}
		latestNumber++;
		latestEffectiveFrom = effectiveFrom;
		return latestNumber;
	}

	ProcedureId id() {
		return new ProcedureId(id);
	}

	ProcedureCode code() {
		return new ProcedureCode(code);
	}

	int latestNumber() {
		return latestNumber;
	}

	ProcedureSummary summary() {
		return new ProcedureSummary(id(), code(), latestNumber, latestEffectiveFrom, version);
	}

	long version() {
		return version;
	}
}
