package org.openprovince.organization;

import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

interface AdministrativeUnits extends CrudRepository<AdministrativeUnit, UUID> {

	boolean existsByCode(String code);

	@Query("select exists (select 1 from organization_unit_succession where predecessor_id = :id)")
	boolean hasSuccessor(UUID id);
}
