package org.openprovince.feedback.internal;

import org.openprovince.platform.Labelled;

/** What the feedback is about, as the citizen says it. */
public enum SubjectKind implements Labelled {

	/** A regulation or an administrative procedure (quy định hành chính, thủ tục hành chính). */
	PROCEDURE,
	/** How an agency serves people. */
	AGENCY,
	/** The behaviour of an official (hành vi của cán bộ, công chức). */
	OFFICIAL;

	@Override
	public String messageKey() {
		return "feedback.subject." + name();
	}
}
