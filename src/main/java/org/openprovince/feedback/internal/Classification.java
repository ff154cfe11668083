package org.openprovince.feedback.internal;

import org.openprovince.platform.Labelled;

/**
 * How the agency classifies accepted feedback, the two groups of indicator 5.1 (spec §10: "PAKN theo
 * phân loại (quy định/TTHC; cán bộ)").
 */
public enum Classification implements Labelled {

	/** Về quy định hành chính, thủ tục hành chính (Decree 20/2008/NĐ-CP). */
	REGULATION_PROCEDURE,
	/** Về hành vi, thái độ của cán bộ, công chức. */
	OFFICIAL_CONDUCT;

	@Override
	public String messageKey() {
		return "feedback.classification." + name();
	}
}
