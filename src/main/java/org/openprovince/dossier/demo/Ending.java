package org.openprovince.dossier.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a demo dossier stands when the demo starts, with the share of dossiers ending there: every
 * status of the national portal (spec §3.1), most dossiers returned, a realistic backlog in progress.
 */
enum Ending {

	/** 1: submitted online, waiting for the desk. */
	SUBMITTED(4),
	/** 5 before reception: the desk asked the online applicant to complete the dossier. */
	RECEPTION_SUPPLEMENT(2),
	/** 3: refused at reception. */
	REFUSED(3),
	/** 2: received, still at the desk. */
	RECEIVED(4),
	/** 4: at a processing step; some past their deadline. */
	PROCESSING(15),
	/** 4: the case officer proposed a supplement, the desk has not sent it yet. */
	SUPPLEMENT_PROPOSED(2),
	/** 5: waiting for the applicant's supplement. */
	SUPPLEMENT_REQUESTED(3),
	/** 6: waiting for a payment. */
	PAYMENT_REQUESTED(2),
	/** 7: withdrawn at the applicant's request. */
	WITHDRAWN(3),
	/** 8: processing stopped. */
	STOPPED(2),
	/** 9: result ready at the desk. */
	DONE(7),
	/** 10: result returned, most rated. */
	RETURNED(53);

	private final int percent;

	Ending(int percent) {
		this.percent = percent;
	}

	/** Whether the dossier must have been submitted online to end here. */
	boolean online() {
		return this == SUBMITTED || this == RECEPTION_SUPPLEMENT;
	}

	/** Whether nothing more happens to the dossier: it may have ended any time in the period. */
	boolean isFinal() {
		return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
	}

	/** The endings of {@code count} dossiers in their shares, each at least once, the rest returned. */
	static List<Ending> allocate(int count) {
		List<Ending> endings = new ArrayList<>(count);
		for (Ending ending : values()) {
			if (ending == RETURNED) {
				continue;
			}
			int n = Math.max(1, count * ending.percent / 100);
			for (int i = 0; i < n && endings.size() < count; i++) {
				endings.add(ending);
			}
		}
		while (endings.size() < count) {
			endings.add(RETURNED);
		}
		return endings;
	}
}
