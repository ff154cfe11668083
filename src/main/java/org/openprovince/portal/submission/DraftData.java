package org.openprovince.portal.submission;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the citizen has entered in an online submission so far, kept as JSON with the draft. Every
 * value is the raw text typed, so a page shows it back exactly; checks happen at each step and again
 * at submission.
 *
 * @param onBehalf {@code SELF}, {@code PERSON} or {@code ORGANISATION}
 * @param form the e-form's raw values by field key
 * @param reached the furthest step the citizen completed (1 applicant, 2 form, 3 files)
 */
record DraftData(@Nullable UUID competentAgency, @Nullable String fullName, @Nullable String idNumber,
		@Nullable String phone, @Nullable String email, @Nullable String address, String onBehalf,
		@Nullable String ownerName, @Nullable String ownerIdNumber, @Nullable String ownerAddress,
		@Nullable String summary, Map<String, String> form, int reached) {

	DraftData {
		onBehalf = onBehalf == null ? "SELF" : onBehalf;
		form = form == null ? Map.of() : new LinkedHashMap<>(form);
	}

	DraftData withApplicant(@Nullable UUID agency, @Nullable String fullName, @Nullable String idNumber,
			@Nullable String phone, @Nullable String email, @Nullable String address, String onBehalf,
			@Nullable String ownerName, @Nullable String ownerIdNumber, @Nullable String ownerAddress,
			@Nullable String summary) {
		return new DraftData(agency, fullName, idNumber, phone, email, address, onBehalf, ownerName, ownerIdNumber,
				ownerAddress, summary, form, reached);
	}

	DraftData withForm(Map<String, String> values) {
		return new DraftData(competentAgency, fullName, idNumber, phone, email, address, onBehalf, ownerName,
				ownerIdNumber, ownerAddress, summary, values, reached);
	}

	DraftData reached(int step) {
		return new DraftData(competentAgency, fullName, idNumber, phone, email, address, onBehalf, ownerName,
				ownerIdNumber, ownerAddress, summary, form, Math.max(reached, step));
	}
}
