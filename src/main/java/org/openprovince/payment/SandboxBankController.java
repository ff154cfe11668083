package org.openprovince.payment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The sandbox bank (cổng thanh toán thử nghiệm): plays VNPay's part inside the application. It
 * receives exactly the signed query VNPay would, checks it with the sandbox secret, and lets the tester
 * pay or cancel; it then signs the result like VNPay, calls the application's IPN address over real
 * HTTP and sends the browser to the return URL. Exists only while the sandbox is the active gateway.
 */
@Controller
@Conditional(PaymentConfiguration.SandboxSelected.class)
class SandboxBankController {

	static final String VIEW = "payment/sandbox";

	/** VNPay's response code for an attempt paid after vnp_ExpireDate. */
	static final String EXPIRED = "11";

	private static final Logger log = LoggerFactory.getLogger(SandboxBankController.class);

	private final SandboxGateway gateway;

	private final Clock clock;

	private final Duration timeout;

	private final HttpClient http;

	private final SecureRandom random = new SecureRandom();

	SandboxBankController(PaymentGateway gateway, PaymentSettings settings, Clock clock) {
		this.gateway = (SandboxGateway) gateway;
		this.clock = clock;
		this.timeout = settings.sandbox().timeout();
		this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
	}

	@GetMapping(SandboxGateway.BANK_PATH)
	String page(HttpServletRequest request, HttpServletResponse response, Model model) {
		String query = request.getQueryString();
		Map<String, String> order = VnpayProtocol.parseQuery(query);
		boolean valid = gateway.verify(order);
		model.addAttribute("valid", valid);
		if (!valid) {
			log.atWarn().addKeyValue("event", "payment.sandbox.rejected").log("Sandbox bank: unsigned or tampered order");
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return VIEW;
		}
		model.addAttribute("query", query);
		model.addAttribute("amount", Long.parseLong(order.get(VnpayProtocol.AMOUNT)) / 100);
		model.addAttribute("txnRef", order.get(VnpayProtocol.TXN_REF));
		model.addAttribute("orderInfo", order.get(VnpayProtocol.ORDER_INFO));
		model.addAttribute("expired", expired(order));
		return VIEW;
	}

	/** The tester's decision: sign the result, tell the application (IPN), send the browser back. */
	@PostMapping(SandboxGateway.BANK_PATH)
	View decide(@RequestParam String query, @RequestParam(defaultValue = "cancel") String decision,
			HttpServletRequest request, HttpServletResponse response) {
		Map<String, String> order = VnpayProtocol.parseQuery(query);
		if (!gateway.verify(order)) {
			log.atWarn().addKeyValue("event", "payment.sandbox.rejected").log("Sandbox bank: unsigned or tampered order");
			return PayerController.seeOther(request.getContextPath() + SandboxGateway.BANK_PATH);
		}
		String code = expired(order) ? EXPIRED : "success".equals(decision) ? VnpayProtocol.SUCCESS
				: VnpayProtocol.CANCELLED_BY_CUSTOMER;
		boolean paid = VnpayProtocol.SUCCESS.equals(code);
		var result = new TreeMap<String, String>();
		result.put(VnpayProtocol.AMOUNT, order.get(VnpayProtocol.AMOUNT));
		result.put(VnpayProtocol.BANK_CODE, "NCB");
		result.put("vnp_CardType", "ATM");
		result.put(VnpayProtocol.ORDER_INFO, order.get(VnpayProtocol.ORDER_INFO));
		result.put(VnpayProtocol.PAY_DATE, VnpayProtocol.DATE.format(Instant.now(clock)));
		result.put(VnpayProtocol.RESPONSE_CODE, code);
		result.put(VnpayProtocol.TMN_CODE, gateway.tmnCode());
		result.put(VnpayProtocol.TRANSACTION_NO, paid ? String.valueOf(10_000_000 + random.nextInt(89_999_999)) : "0");
		result.put(VnpayProtocol.TRANSACTION_STATUS, paid ? VnpayProtocol.SUCCESS : "02");
		result.put(VnpayProtocol.TXN_REF, order.get(VnpayProtocol.TXN_REF));
		if (paid) {
			result.put("vnp_BankTranNo", "NCB" + VnpayProtocol.DATE.format(Instant.now(clock)));
		}
		String signed = gateway.signedQuery(result);
		String base = ServletUriComponentsBuilder.fromContextPath(request).replaceQuery(null).build().toUriString();
		callIpn(base + IpnController.PATH + "?" + signed);
		return PayerController.seeOther(order.get(VnpayProtocol.RETURN_URL) + "?" + signed);
	}

	/** Like VNPay, the IPN is best effort: the return URL applies the same result if it failed. */
	private void callIpn(String url) {
		try {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			log.atInfo().addKeyValue("event", "payment.sandbox.ipn").addKeyValue("status", answer.statusCode())
				.log("Sandbox bank called the IPN: {}", answer.body());
		}
		catch (IOException ex) {
			log.atWarn().addKeyValue("event", "payment.sandbox.ipn").setCause(ex).log("Sandbox bank could not call the IPN");
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private boolean expired(Map<String, String> order) {
		Instant expiry = VnpayProtocol.parseDate(order.get("vnp_ExpireDate"));
		return expiry != null && Instant.now(clock).isAfter(expiry);
	}
}
