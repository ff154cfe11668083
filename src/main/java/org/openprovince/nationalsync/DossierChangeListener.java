package org.openprovince.nationalsync;

import org.openprovince.dossier.DossierChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Records every committed dossier change (the event publication registry is the outbox: an event stays
 * until this listener returns, so a failure redelivers it) and nudges the worker once it is committed.
 * Redeliveries and late events are harmless: the ledger ignores versions it has seen.
 */
@Component
class DossierChangeListener {

	private final SyncLedger ledger;

	private final SyncWorker worker;

	DossierChangeListener(SyncLedger ledger, SyncWorker worker) {
		this.ledger = ledger;
		this.worker = worker;
	}

	@ApplicationModuleListener
	void on(DossierChanged event) {
		handle(event);
	}

	/** The work of the listener, synchronous (tests call it directly). */
	void handle(DossierChanged event) {
		if (ledger.record(event.dossier())) {
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						worker.nudge();
					}
				});
			}
			else {
				worker.nudge();
			}
		}
	}
}
