package org.openprovince.indicators;

import org.openprovince.dossier.DossierChanged;
import org.openprovince.dossier.DossierFinished;
import org.openprovince.dossier.DossierReceived;
import org.openprovince.nationalsync.DossierSynced;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the dossier events into statistics, asynchronously after the dossier's transaction committed
 * and each in a transaction of its own. The event publication registry keeps an event until its
 * listener returns, so a failure redelivers it; {@link DossierFacts} and {@link Facts766} make the
 * redelivery harmless (the latter also ignores a snapshot older than the one it has).
 */
@Component
class DossierEventsListener {

	private final DossierFacts facts;

	private final Facts766 facts766;

	DossierEventsListener(DossierFacts facts, Facts766 facts766) {
		this.facts = facts;
		this.facts766 = facts766;
	}

	@ApplicationModuleListener
	void on(DossierReceived event) {
		facts.recordReceived(event);
	}

	@ApplicationModuleListener
	void on(DossierFinished event) {
		facts.recordFinished(event);
	}

	@ApplicationModuleListener
	void on(DossierChanged event) {
		facts766.record(DossierFact.of(event.dossier()));
	}

	@ApplicationModuleListener
	void on(DossierSynced event) {
		facts766.recordSynced(event.dossierId().value(), event.version(), event.at());
	}
}
