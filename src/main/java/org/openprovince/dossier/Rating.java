package org.openprovince.dossier;

import org.openprovince.platform.Labelled;

/** The applicant's satisfaction with the result (đánh giá mức độ hài lòng, spec §3.3 T18, §5.3). */
public enum Rating implements Labelled {

	VERY_SATISFIED, SATISFIED, UNSATISFIED;

	@Override
	public String messageKey() {
		return "dossier.rating." + name();
	}
}
