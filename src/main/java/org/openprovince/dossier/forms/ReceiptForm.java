package org.openprovince.dossier.forms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả: handed to the submitter when a dossier is received.
 *
 * @param trackingUrl the public tracking page of the dossier, carried by the QR code
 * @param submitter the person who handed in the dossier
 * @param owner the dossier's owner (chủ hồ sơ) when the submitter acts on their behalf, else {@code null}
 * @param components the papers received (at most 200)
 * @param sets number of sets (bộ) of the dossier
 * @param timeLimit the legal processing time, formatted, e.g. "5 ngày làm việc"
 * @param receivedAt reception time, Vietnam time
 * @param dueAt the appointment to return the result (ngày hẹn trả), Vietnam time
 * @param returnPlace where the result is collected
 * @param fees fees and charges, formatted, e.g. "Lệ phí 50.000 đồng (thu trước)"; {@code null} when none
 * @param receivingOfficer full name of the officer who received the dossier
 */
public record ReceiptForm(FormHeader header, String dossierCode, String trackingUrl, FormParty submitter,
		@Nullable FormParty owner, String procedureName, List<FormComponent> components, int sets, String timeLimit,
		LocalDateTime receivedAt, LocalDateTime dueAt, String returnPlace, @Nullable String fees,
		String receivingOfficer) {

	public ReceiptForm {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(submitter, "submitter");
		Objects.requireNonNull(procedureName, "procedureName");
		components = Lists.copy(components, Lists.MAX_ITEMS, "components");
		Objects.requireNonNull(timeLimit, "timeLimit");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(dueAt, "dueAt");
		Objects.requireNonNull(returnPlace, "returnPlace");
		Objects.requireNonNull(receivingOfficer, "receivingOfficer");
	}
}
