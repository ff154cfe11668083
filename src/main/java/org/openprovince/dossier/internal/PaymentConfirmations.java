package org.openprovince.dossier.internal;

import org.openprovince.dossier.DossierException;
import org.openprovince.dossier.DossierId;
import org.openprovince.payment.PaymentPurpose;
import org.openprovince.payment.PaymentSucceeded;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

/**
 * Applies the payment gateway's verified confirmations to dossiers (spec §8.2, T10): the fee paid at
 * submission is noted, a financial obligation ends the payment pause. Runs after the payment's
 * transaction committed; the event registry redelivers on failure and a repeated confirmation changes
 * nothing.
 */
@Component
class PaymentConfirmations {

	static final String SUBJECT = "DOSSIER";

	private static final Logger log = LoggerFactory.getLogger(PaymentConfirmations.class);

	private static final int ATTEMPTS = 3;

	private final DossierWorkflow workflow;

	PaymentConfirmations(DossierWorkflow workflow) {
		this.workflow = workflow;
	}

	// No surrounding transaction: each attempt is its own, so a stale read can be retried.
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(PaymentSucceeded payment) {
		apply(payment);
	}

	/** Applies the confirmation to its dossier, reading it again if an officer changed it meanwhile. */
	void apply(PaymentSucceeded payment) {
		if (!SUBJECT.equals(payment.subjectType())) {
			return;
		}
		DossierId dossier = new DossierId(payment.subjectId());
		boolean obligation = payment.purpose() == PaymentPurpose.FINANCIAL_OBLIGATION;
		for (int attempt = 1;; attempt++) {
			try {
				boolean changed = workflow.paymentConfirmed(dossier, obligation, payment.amount(), payment.receiptNumber());
				log.info("Payment {} for dossier {} ({}): {}", payment.id().value(), payment.subjectReference(),
						payment.purpose(), changed ? "applied" : "already applied");
				return;
			}
			catch (DossierException ex) {
				// An officer changed the dossier at the same moment: read it again.
				if (!"dossier.error.stale".equals(ex.messageKey()) || attempt == ATTEMPTS) {
					throw ex;
				}
			}
		}
	}
}
