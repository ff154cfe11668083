package org.openprovince.nationalsync;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The national-portal sync's facade for other modules (dashboards): its health. */
@Service
public class NationalSync {

	private final Reconciliation reconciliation;

	NationalSync(Reconciliation reconciliation) {
		this.reconciliation = reconciliation;
	}

	/** Backlog, refusals, oldest dossier behind and last success, read from indexed columns. */
	@Transactional(readOnly = true)
	public SyncHealth health() {
		return reconciliation.health();
	}
}
