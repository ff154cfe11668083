package org.openprovince.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface AgencyConfigurations extends CrudRepository<AgencyConfiguration, UUID> {

	List<AgencyConfiguration> findByVersionIdOrderByCompetentAgencyCode(UUID versionId);

	Optional<AgencyConfiguration> findByVersionIdAndCompetentAgencyId(UUID versionId, UUID competentAgencyId);
}
