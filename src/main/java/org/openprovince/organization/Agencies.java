package org.openprovince.organization;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Agencies extends CrudRepository<Agency, UUID> {

	boolean existsByCode(String code);

	boolean existsByCodeAndIdNot(String code, UUID id);
}
