package org.openprovince.dossier;

import org.jspecify.annotations.Nullable;

/**
 * How to reach the applicant (người nộp hồ sơ) about a dossier: the name to address, and the e-mail
 * address and mobile number given at submission, either of which may be missing.
 */
public record ApplicantContact(String fullName, @Nullable String email, @Nullable String phone) {
}
