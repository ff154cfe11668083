package org.openprovince.integration;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.Organization;
import org.springframework.stereotype.Component;

/**
 * Agencies as the API names them, by their identifier code (mã định danh): a code given as a parameter
 * to the agency, and an agency to its code.
 */
@Component
class ApiAgencies {

	private final Organization organization;

	ApiAgencies(Organization organization) {
		this.organization = organization;
	}

	/**
	 * The agency of a code parameter, {@code null} when none was given. A malformed code is refused by
	 * {@link AgencyCode} (400 {@code invalid-input}); an unknown one with 400 {@code unknown-agency}.
	 */
	@Nullable AgencyId find(@Nullable String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		return organization.findAgencyByCode(AgencyCode.of(code))
			.orElseThrow(() -> ApiException.badRequest("unknown-agency", "integration.api.agencyUnknown", code.strip()))
			.id();
	}

	/** The agency's identifier code, {@code null} when the directory does not know it. */
	@Nullable String code(@Nullable AgencyId id) {
		return id == null ? null : organization.findAgency(id).map(a -> a.code().value()).orElse(null);
	}
}
