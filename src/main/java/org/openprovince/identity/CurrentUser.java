package org.openprovince.identity;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The logged-in person as other modules see them: who they are and, for staff, which roles they
 * hold for which agency. Every module that shows or changes agency data asks
 * {@link #canActFor(Role, UUID)} (or filters by {@link #agenciesFor(Role)}) rather than checking a
 * bare role, so a case officer of one department never acts on another department's dossiers.
 *
 * @param agencyName name of the staff member's own agency, {@code null} for citizens
 */
public record CurrentUser(AccountId accountId, AccountKind kind, String username, String displayName,
		@Nullable String agencyName, Set<RoleGrant> grants) implements java.io.Serializable {

	public boolean hasRole(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role);
	}

	/** Whether this person may act in {@code role} for the given agency. */
	public boolean canActFor(Role role, UUID agencyId) {
		return grants.stream().anyMatch(g -> g.covers(role, agencyId));
	}

	/** Agencies where this person holds {@code role}; empty if none; province-wide grants are not listed. */
	public Set<UUID> agenciesFor(Role role) {
		return grants.stream()
			.filter(g -> g.role() == role && g.agencyId() != null)
			.map(RoleGrant::agencyId)
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Whether a grant of {@code role} covers the whole province. */
	public boolean provinceWide(Role role) {
		return grants.stream().anyMatch(g -> g.role() == role && g.agencyId() == null);
	}

	/** Roles held, for menus. */
	public Set<Role> roles() {
		return grants.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
	}
}
