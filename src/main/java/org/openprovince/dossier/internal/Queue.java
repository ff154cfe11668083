package org.openprovince.dossier.internal;

import org.openprovince.platform.Labelled;

/** The work queues of the back office (spec §3.3; issue: "waiting for me / my unit, due soon, overdue, supplement"). */
public enum Queue implements Labelled {

	/** Assigned to me. */
	MINE,
	/** Waiting for my role in my agencies (including the online reception queue and results to return). */
	UNIT,
	/** Of those, a deadline before the end of the next working day. */
	DUE_SOON,
	/** Of those, a deadline passed. */
	OVERDUE,
	/** Waiting for the applicant: supplement or payment, in my agencies. */
	WAITING;

	@Override
	public String messageKey() {
		return "dossier.queue." + name();
	}
}
