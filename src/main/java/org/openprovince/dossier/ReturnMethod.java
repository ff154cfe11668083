package org.openprovince.dossier;

import org.openprovince.platform.Labelled;

/** How the result reached the applicant (hình thức trả kết quả, spec §3.3 T16). */
public enum ReturnMethod implements Labelled {

	/** Tại Bộ phận Một cửa. */
	COUNTER,
	/** Qua dịch vụ bưu chính công ích. */
	POST,
	/** Trực tuyến (kết quả điện tử). */
	ONLINE;

	@Override
	public String messageKey() {
		return "dossier.returnMethod." + name();
	}
}
