package org.openprovince.dossier.forms;

import org.openprovince.platform.Labelled;

/** How a processing step ended against its deadline, as the control slip (form 06) records it. */
public enum StepOutcome implements Labelled {

	/** Trước hạn. */
	EARLY,
	/** Đúng hạn. */
	ON_TIME,
	/** Quá hạn. */
	LATE;

	@Override
	public String messageKey() {
		return "forms.outcome." + name();
	}
}
