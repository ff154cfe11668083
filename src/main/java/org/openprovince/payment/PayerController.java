package org.openprovince.payment;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.AccountKind;
import org.openprovince.identity.CurrentUser;
import org.openprovince.payment.PaymentFlow.CallbackResult;
import org.openprovince.payment.PaymentFlow.Outcome;
import org.openprovince.payment.PaymentStore.RequestRow;
import org.openprovince.platform.VietnamTime;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The payer's pages on the portal: the request with its lines and a "Thanh toán" button, the page the
 * gateway sends the payer back to, and the printable e-receipt. Only the citizen named as payer sees
 * a request (anyone else: not found; nobody logged in: the login page first); staff also see receipts.
 */
@Controller
class PayerController {

	static final String BASE = "/thanh-toan";

	static final String PAY_VIEW = "payment/pay";

	static final String RESULT_VIEW = "payment/result";

	static final String RECEIPT_VIEW = "payment/receipt";

	private final PaymentStore store;

	private final PaymentFlow flow;

	private final PaymentGateway gateway;

	private final MessageSource bundles;

	PayerController(PaymentStore store, PaymentFlow flow, PaymentGateway gateway, MessageSource bundles) {
		this.store = store;
		this.flow = flow;
		this.gateway = gateway;
		this.bundles = bundles;
	}

	static String payPath(UUID id) {
		return BASE + "/" + id;
	}

	static String receiptPath(UUID id) {
		return payPath(id) + "/bien-lai";
	}

	@GetMapping(BASE + "/{id}")
	String page(@PathVariable String id, @Nullable CurrentUser user, Model model) {
		RequestRow request = payersOwn(id, user);
		model.addAttribute("payment", store.find(request.id()).orElseThrow());
		model.addAttribute("request", request);
		model.addAttribute("sandbox", gateway.sandbox());
		return PAY_VIEW;
	}

	/** A new attempt at the gateway: 303 to its signed payment page. */
	@PostMapping(BASE + "/{id}")
	View pay(@PathVariable String id, @Nullable CurrentUser user, HttpServletRequest request,
			RedirectAttributes redirect, Locale locale) {
		RequestRow own = payersOwn(id, user);
		String baseUrl = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		try {
			URI target = flow.start(own.id(), own.payerAccountId(), baseUrl, request.getRemoteAddr())
				.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
			return seeOther(target.toString());
		}
		catch (PaymentException ex) {
			redirect.addFlashAttribute("flashError", bundles.getMessage(ex, locale));
			return seeOther(request.getContextPath() + payPath(own.id()));
		}
	}

	/** vnp_ReturnUrl: the same checks and effect as the IPN, then the outcome for the payer. */
	@GetMapping(VnpayProtocolGateway.RETURN_PATH)
	String result(HttpServletRequest request, HttpServletResponse response, Model model) {
		CallbackResult result = flow.apply(request.getParameterMap(), PaymentFlow.Source.RETURN);
		model.addAttribute("outcome", result.outcome());
		UUID requestId = result.requestId();
		if (requestId == null || result.outcome() == Outcome.INVALID_AMOUNT) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("invalid", true);
			return RESULT_VIEW;
		}
		model.addAttribute("invalid", false);
		model.addAttribute("payment", store.find(requestId).orElseThrow());
		model.addAttribute("request", store.request(requestId).orElseThrow());
		model.addAttribute("responseCode", request.getParameter(VnpayProtocol.RESPONSE_CODE));
		return RESULT_VIEW;
	}

	@GetMapping(BASE + "/{id}/bien-lai")
	String receipt(@PathVariable String id, @Nullable CurrentUser user, Model model) {
		if (user == null) {
			throw new AccessDeniedException("login first");
		}
		UUID uuid = Optional.ofNullable(WebForms.parseUuid(id)).orElseThrow(PayerController::notFound);
		RequestRow request = store.request(uuid)
			.filter(r -> user.kind() == AccountKind.STAFF || user.accountId().value().equals(r.payerAccountId()))
			.orElseThrow(PayerController::notFound);
		PaymentView payment = store.find(uuid).filter(p -> p.receipt() != null).orElseThrow(PayerController::notFound);
		model.addAttribute("payment", payment);
		model.addAttribute("request", request);
		model.addAttribute("zone", VietnamTime.ZONE);
		return RECEIPT_VIEW;
	}

	/**
	 * The request if the logged-in citizen is its payer. Nobody logged in: Spring Security sends the
	 * browser to the login page and back here afterwards.
	 */
	private RequestRow payersOwn(String id, @Nullable CurrentUser user) {
		if (user == null) {
			throw new AccessDeniedException("login first");
		}
		UUID uuid = WebForms.parseUuid(id);
		if (uuid == null || user.kind() != AccountKind.CITIZEN) {
			throw notFound();
		}
		return store.request(uuid)
			.filter(r -> user.accountId().value().equals(r.payerAccountId()))
			.orElseThrow(PayerController::notFound);
	}

	static RedirectView seeOther(String url) {
		var view = new RedirectView(url);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		view.setExpandUriTemplateVariables(false);
		view.setExposeModelAttributes(false);
		return view;
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND);
	}
}
