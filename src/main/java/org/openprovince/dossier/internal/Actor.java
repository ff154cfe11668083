package org.openprovince.dossier.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;

/** Who acts on a dossier: an officer with their grants, or the applicant through the portal. */
public record Actor(UUID accountId, String username, String name, @Nullable CurrentUser user, boolean applicant) {

	public static Actor of(CurrentUser user) {
		return new Actor(user.accountId().value(), user.username(), user.displayName(), user, false);
	}

	/** The logged-in applicant (citizen account). */
	public static Actor applicant(CurrentUser user) {
		return new Actor(user.accountId().value(), user.username(), user.displayName(), user, true);
	}

	public boolean can(Role role, AgencyId agency) {
		return !applicant && user != null && user.canActFor(role, agency.value());
	}
}
