package org.openprovince.dossier.forms;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Form 05, Thông báo dừng giải quyết hồ sơ: processing of the dossier stops, for instance at the
 * applicant's request (new in Circular 03/2025/TT-VPCP).
 *
 * @param number the notice's number
 * @param signer full name of the head who signs
 */
public record StopNoticeForm(FormHeader header, String number, String dossierCode, String trackingUrl,
		FormParty applicant, String procedureName, LocalDateTime receivedAt, String reason, String signer) {

	public StopNoticeForm {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(signer, "signer");
	}
}
