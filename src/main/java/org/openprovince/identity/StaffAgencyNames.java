package org.openprovince.identity;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.Organization;
import org.openprovince.organization.StaffId;
import org.springframework.stereotype.Component;

/** Finds the name of a staff member's agency (current primary assignment), shown in the back-office header. */
@Component
class StaffAgencyNames implements AccountDetailsService.AgencyNames {

	private final Organization organization;

	StaffAgencyNames(Organization organization) {
		this.organization = organization;
	}

	@Override
	public @Nullable String agencyOf(Account account) {
		if (account.staffId() == null) {
			return null;
		}
		return organization.findStaff(new StaffId(account.staffId())).map(s -> s.agencyName()).orElse(null);
	}
}
