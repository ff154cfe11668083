package org.openprovince.organization.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.StaffDetails;

/** Creates or edits a staff member (cán bộ, công chức). */
record StaffForm(
		@NotBlank(message = "{organization.validation.required}") @Size(max = 200,
				message = "{organization.validation.size}") @Nullable String fullName,
		@NotBlank(message = "{organization.validation.required}") @Email(
				message = "{organization.validation.email}") @Size(max = 254,
						message = "{organization.validation.size}") @Nullable String email,
		@Size(max = 30, message = "{organization.validation.size}") @Nullable String phone,
		@Nullable Long version) {

	static StaffForm empty() {
		return new StaffForm(null, null, null, null);
	}

	static StaffForm of(Directory.StaffView staff) {
		return new StaffForm(staff.fullName(), staff.email(), staff.phone(), staff.version());
	}

	/** Call only on a form without binding errors. */
	StaffDetails toDetails() {
		return new StaffDetails(String.valueOf(fullName), String.valueOf(email), phone);
	}

	/** The version the form was read at; a missing one never matches, so the edit is refused. */
	long expectedVersion() {
		return version == null ? -1 : version;
	}
}
