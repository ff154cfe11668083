package org.openprovince.nationalsync;

import java.util.List;

import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.identity.Role;
import org.springframework.stereotype.Component;

/** On the administrators' back-office home: dossiers the national portal is behind on. */
@Component
class NationalSyncHomeTiles implements OfficeHomeTiles {

	private final Reconciliation reconciliation;

	NationalSyncHomeTiles(Reconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	@Override
	public List<HomeTile> tiles(CurrentUser user) {
		if (!user.hasRole(Role.ADMINISTRATOR)) {
			return List.of();
		}
		SyncHealth health = reconciliation.health();
		long behind = health.backlog() + health.invalid();
		return List.of(new HomeTile("nationalsync.tile.behind", (int) Math.min(behind, HomeTile.CAP + 1),
				NationalSyncController.PATH, health.failing() + health.invalid() > 0));
	}
}
