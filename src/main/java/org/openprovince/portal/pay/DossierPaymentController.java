package org.openprovince.portal.pay;

import java.util.Locale;
import java.util.UUID;

import org.openprovince.dossier.CitizenDossiers;
import org.openprovince.dossier.DossierId;
import org.openprovince.identity.CurrentUser;
import org.openprovince.payment.PaymentId;
import org.openprovince.payment.Payments;
import org.openprovince.platform.LocalizedException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Thanh toán" on the citizen's dossier page: opens (or reuses) the payment request for what is due
 * and sends the citizen to the payment module's page, which hands over to the gateway.
 */
@Controller
class DossierPaymentController {

	private final CitizenDossiers dossiers;

	private final Payments payments;

	private final MessageSource messages;

	DossierPaymentController(CitizenDossiers dossiers, Payments payments, MessageSource messages) {
		this.dossiers = dossiers;
		this.payments = payments;
		this.messages = messages;
	}

	@PostMapping("/account/dossiers/{id}/pay")
	String pay(CurrentUser citizen, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
		try {
			PaymentId payment = dossiers.pay(citizen, new DossierId(id));
			return "redirect:" + payments.payPagePath(payment);
		}
		catch (LocalizedException ex) {
			redirect.addFlashAttribute("flashError", messages.getMessage(ex, locale));
			return "redirect:/account/dossiers/" + id;
		}
	}
}
