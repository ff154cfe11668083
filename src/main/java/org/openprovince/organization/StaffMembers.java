package org.openprovince.organization;

import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface StaffMembers extends CrudRepository<StaffMember, UUID> {

	boolean existsByEmail(String email);

	boolean existsByEmailAndIdNot(String email, UUID id);
}
