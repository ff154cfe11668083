package org.openprovince.dossier;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.organization.AgencyId;

/**
 * What a citizen submits online (nộp hồ sơ trực tuyến, spec §3.3 T1): the procedure and the competent
 * agency, who submits, for whom, the e-form and one file per component.
 *
 * @param owner the person or organisation the applicant acts for (chủ hồ sơ), or {@code null} when the
 * applicant submits for themselves
 * @param form the e-form's values, already checked against the procedure's schema
 */
public record OnlineApplication(ProcedureId procedure, AgencyId competentAgency, Person applicant, @Nullable Owner owner,
		@Nullable String summary, List<FormEntry> form, List<Component> components) {

	public OnlineApplication {
		form = List.copyOf(form);
		components = List.copyOf(components);
	}

	/** The applicant (người nộp hồ sơ). */
	public record Person(String fullName, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
			@Nullable String address) {
	}

	/** The owner of the dossier when it is not the applicant. */
	public record Owner(OwnerKind kind, String name, @Nullable String idNumber, @Nullable String address) {
	}

	/** A component of the dossier (thành phần hồ sơ) with its file. */
	public record Component(String name, Attachment file) {
	}
}
