package org.openprovince.organization;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Positions extends CrudRepository<Position, UUID> {

	boolean existsByCode(String code);
}
