package org.openprovince.sandboxportal;

import java.util.List;

import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.identity.Role;
import org.springframework.stereotype.Component;

/**
 * On administrators' back-office home: the dossiers the sandbox portal holds, marked for attention while
 * it is not answering normally (failing, slow or rejecting).
 */
@Component
class SandboxHomeTiles implements OfficeHomeTiles {

	private final SandboxStore store;

	private final SandboxPortalSettings settings;

	SandboxHomeTiles(SandboxStore store, SandboxPortalSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	@Override
	public List<HomeTile> tiles(CurrentUser user) {
		if (!settings.enabled() || !user.hasRole(Role.ADMINISTRATOR)) {
			return List.of();
		}
		var state = store.state();
		boolean abnormal = state.mode() != SandboxPortal.Mode.NORMAL || state.failNext() > 0;
		int held = (int) Math.min(store.heldCount(), HomeTile.CAP + 1L);
		return List.of(new HomeTile("sandboxportal.tile", held, SandboxAdminController.PATH, abnormal));
	}
}
