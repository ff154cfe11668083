package org.openprovince.dossier.forms;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Form 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ: the dossier is not received, or not processed,
 * and why.
 *
 * @param dossierCode the dossier's code, {@code null} when refused before reception
 * @param trackingUrl the public tracking page, carried by the QR code
 * @param contact whom to ask for help
 * @param officer full name of the officer who refuses
 */
public record RefusalForm(FormHeader header, @Nullable String dossierCode, String trackingUrl, FormParty applicant,
		String procedureName, String reason, String contact, String officer) {

	public RefusalForm {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(contact, "contact");
		Objects.requireNonNull(officer, "officer");
	}
}
