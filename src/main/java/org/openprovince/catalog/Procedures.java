package org.openprovince.catalog;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface Procedures extends CrudRepository<Procedure, UUID> {

	Optional<Procedure> findByCode(String code);

	boolean existsByCode(String code);
}
