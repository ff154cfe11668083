package org.openprovince.dossier.forms;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Form 04, Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết: the agency at fault apologises for
 * a late result and proposes a new return date.
 *
 * @param number the letter's number, e.g. "12/XL-TTPVHCC"
 * @param originalDueAt the appointment on the receipt, Vietnam time
 * @param newDueAt the proposed new appointment, Vietnam time
 * @param responsibleAgency the agency that caused the delay
 * @param reason why the result is late
 * @param signer full name of the head who signs
 */
public record ApologyForm(FormHeader header, String number, String dossierCode, String trackingUrl,
		FormParty applicant, String procedureName, LocalDateTime receivedAt, LocalDateTime originalDueAt,
		LocalDateTime newDueAt, String responsibleAgency, String reason, String returnPlace, String signer) {

	public ApologyForm {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(originalDueAt, "originalDueAt");
		Objects.requireNonNull(newDueAt, "newDueAt");
		Objects.requireNonNull(responsibleAgency, "responsibleAgency");
		Objects.requireNonNull(reason, "reason");
		Objects.requireNonNull(returnPlace, "returnPlace");
		Objects.requireNonNull(signer, "signer");
	}
}
