package org.openprovince.indicators;

import org.openprovince.dossier.DossierFinished;
import org.openprovince.dossier.DossierReceived;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the dossier events into statistics, asynchronously after the dossier's transaction committed
 * and each in a transaction of its own. The event publication registry keeps an event until its
 * listener returns, so a failure redelivers it; {@link DossierFacts} makes the redelivery harmless.
 */
@Component
class DossierEventsListener {

	private final DossierFacts facts;

	DossierEventsListener(DossierFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(DossierReceived event) {
		facts.recordReceived(event);
	}

	@ApplicationModuleListener
	void on(DossierFinished event) {
		facts.recordFinished(event);
	}
}
