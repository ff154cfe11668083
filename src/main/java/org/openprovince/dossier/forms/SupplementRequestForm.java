package org.openprovince.dossier.forms;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Form 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: what the applicant must add or correct.
 *
 * @param number the slip's number, e.g. "15/HDHS"
 * @param dossierCode the dossier's code, {@code null} when the dossier was not received yet
 * @param trackingUrl the public tracking page, carried by the QR code
 * @param missing the papers to add or complete (at most 200)
 * @param contact whom to ask for help, e.g. "Bộ phận Một cửa, điện thoại 0220 3 123 456"
 * @param officer full name of the officer who gives the guidance
 */
public record SupplementRequestForm(FormHeader header, String number, @Nullable String dossierCode,
		String trackingUrl, FormParty applicant, String procedureName, List<FormComponent> missing, String reason,
		String contact, String officer) {

	public SupplementRequestForm {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		missing = Lists.copy(missing, Lists.MAX_ITEMS, "missing papers");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(contact, "contact");
		Objects.requireNonNull(officer, "officer");
	}
}
