package org.openprovince.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Finds the name of a staff member's agency, shown in the back-office header. */
@Component
class StaffAgencyNames implements AccountDetailsService.AgencyNames {

	@Override
	public @Nullable String agencyOf(Account account) {
		return null; // wired to the organisation module's directory once it is merged
	}
}
