package org.openprovince.indicators.web;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.identity.RoleGrant;
import org.openprovince.organization.AgencyId;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.FORBIDDEN;

/**
 * What a staff member may read on the indicator pages: leaders ({@link Role#AGENCY_LEADER}) and
 * administrators every agency and the whole province; other staff the agencies of their role grants.
 *
 * @param agencies the reader's own agencies, in the order of their grants, without repeats
 */
record Reader(boolean wholeProvince, List<AgencyId> agencies) {

	static Reader of(CurrentUser user) {
		boolean whole = user.hasRole(Role.AGENCY_LEADER) || user.hasRole(Role.ADMINISTRATOR);
		List<AgencyId> own = user.grants()
			.stream()
			.filter(g -> g.role().isStaff())
			.map(RoleGrant::agencyId)
			.filter(Objects::nonNull)
			.distinct()
			.map(AgencyId::new)
			.toList();
		return new Reader(whole, own);
	}

	/** Whether the dashboard is theirs: leaders and administrators. */
	boolean leads() {
		return wholeProvince;
	}

	/** The scope shown when none is asked for: the province for leaders, otherwise their first agency. */
	@Nullable
	AgencyId defaultScope() {
		if (wholeProvince) {
			return null;
		}
		if (agencies.isEmpty()) {
			throw new ResponseStatusException(FORBIDDEN);
		}
		return agencies.getFirst();
	}

	/** The scope to show for a requested one ({@code null}: the default); 403 for one not theirs. */
	@Nullable
	AgencyId scope(@Nullable AgencyId requested) {
		if (requested == null) {
			return defaultScope();
		}
		if (!wholeProvince && !agencies.contains(requested)) {
			throw new ResponseStatusException(FORBIDDEN);
		}
		return requested;
	}
}
