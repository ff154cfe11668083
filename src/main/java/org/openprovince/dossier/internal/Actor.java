package org.openprovince.dossier.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.organization.AgencyId;

/**
 * Who acts on a dossier: an officer with their grants, the applicant through the portal, or the
 * payment gateway confirming the applicant's payment.
 *
 * @param viaGateway the action is the payment gateway's verified confirmation, made for the applicant
 */
public record Actor(UUID accountId, String username, String name, @Nullable CurrentUser user, boolean applicant,
		boolean viaGateway) {

	public static Actor of(CurrentUser user) {
		return new Actor(user.accountId().value(), user.username(), user.displayName(), user, false, false);
	}

	/** The logged-in applicant (citizen account). */
	public static Actor applicant(CurrentUser user) {
		return new Actor(user.accountId().value(), user.username(), user.displayName(), user, true, false);
	}

	/** The payment gateway, acting for the citizen account that paid. */
	public static Actor paymentGateway(UUID payerAccount, String payerName) {
		return new Actor(payerAccount, "payment-gateway", payerName, null, true, true);
	}

	public boolean can(Role role, AgencyId agency) {
		return !applicant && user != null && user.canActFor(role, agency.value());
	}
}
