package org.openprovince.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyCode;

/**
 * What an administrator enters to configure a competent agency for a procedure version.
 *
 * @param receivers receiving agencies, at least one; exactly one of them is the default
 * @param process the internal process, or {@code null} for {@link InternalProcess#standard} sized to
 * the version's time limit
 */
public record AgencySetupDetails(AgencyCode competent, List<ReceiverDetails> receivers,
		@Nullable InternalProcess process) {

	public AgencySetupDetails {
		Objects.requireNonNull(competent, "competent");
		receivers = List.copyOf(receivers);
	}

	/**
	 * A receiving agency.
	 *
	 * @param officerEmail official e-mail of the default receiving officer, who must work at that
	 * agency, or {@code null}
	 */
	public record ReceiverDetails(AgencyCode agency, boolean isDefault, @Nullable String officerEmail) {

		public ReceiverDetails {
			Objects.requireNonNull(agency, "agency");
			officerEmail = officerEmail == null || officerEmail.isBlank() ? null : officerEmail.strip();
		}
	}
}
