package org.openprovince.dossier.internal;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierException;

/**
 * The person who submits (người nộp hồ sơ) and, when they act for someone else, the owner of the
 * dossier (chủ hồ sơ, under an authorisation — ủy quyền, spec §3.4).
 *
 * @param idNumber the 12-digit citizen identity number (CCCD) or another identity paper's number, for an
 * organisation its tax code (10 digits, or 10-3 for a branch), or {@code null}
 */
public record Applicant(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
		@Nullable String address) {

	private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .]{8,20}$");

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private static final Pattern ID = Pattern.compile("^[0-9A-Z]{6,12}$|^[0-9]{10}-[0-9]{3}$");

	/** @throws DossierException when the name is missing or a part is malformed */
	public Applicant {
		fullName = Texts.required(fullName, "dossier.error.applicant.name", 200);
		idNumber = Texts.optional(idNumber, 14);
		if (idNumber != null && !ID.matcher(idNumber.toUpperCase(java.util.Locale.ROOT)).matches()) {
			throw new DossierException("dossier.error.applicant.idNumber", idNumber);
		}
		phone = Texts.optional(phone, 20);
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new DossierException("dossier.error.applicant.phone", phone);
		}
		email = Texts.optional(email, 200);
		if (email != null && !EMAIL.matcher(email).matches()) {
			throw new DossierException("dossier.error.applicant.email", email);
		}
		address = Texts.optional(address, 500);
	}
}
