package org.openprovince.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface PublishedVersions extends CrudRepository<PublishedVersion, UUID> {

	Optional<PublishedVersion> findFirstByProcedureIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
			UUID procedureId, LocalDate day);

	Optional<PublishedVersion> findByProcedureIdAndNumber(UUID procedureId, int number);

	List<PublishedVersion> findByProcedureIdOrderByNumberDesc(UUID procedureId);

	/** Ends the version that was the latest when the next one starts. */
	@Modifying
	@Query("update catalog_procedure_version set effective_to = :effectiveTo where id = :id")
	void end(UUID id, LocalDate effectiveTo);
}
