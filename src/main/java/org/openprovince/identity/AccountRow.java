package org.openprovince.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of the accounts list (administrator page). */
public record AccountRow(UUID id, String username, String displayName, AccountKind kind, List<Role> roles,
		int failedLogins, @Nullable Instant lockedUntil, boolean enabled) {

	public boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}
}
