package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
/**
 * Where a step of an internal process happens: at the agency that received the dossier (the one-stop
 * desk of a service center) or at the competent agency. Reception and return happen at the receiving
 * agency, which since 2025 may be any center of the province (spec §7, §11).
 */
public enum StepUnit implements Labelled {

	/** Cơ quan, bộ phận tiếp nhận hồ sơ. */
	RECEIVING_AGENCY,
	/** Cơ quan có thẩm quyền giải quyết. */
	COMPETENT_AGENCY;

	@Override
	public String messageKey() {
		return "catalog.stepUnit." + name();
	}
}
