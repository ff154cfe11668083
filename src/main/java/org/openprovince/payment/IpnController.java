package org.openprovince.payment;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.openprovince.payment.PaymentFlow.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The IPN address (Instant Payment Notification) the gateway calls server to server with the signed
 * result of a transaction. Answers VNPay's JSON: {@code RspCode} 00 confirmed, 01 order not found,
 * 02 already confirmed, 04 invalid amount, 97 invalid signature, 99 unknown error.
 */
@RestController
class IpnController {

	static final String PATH = "/thanh-toan/vnpay-ipn";

	private static final Logger log = LoggerFactory.getLogger(IpnController.class);

	private final PaymentFlow flow;

	IpnController(PaymentFlow flow) {
		this.flow = flow;
	}

	@GetMapping(PATH)
	Map<String, String> ipn(HttpServletRequest request) {
		try {
			Outcome outcome = flow.apply(request.getParameterMap(), PaymentFlow.Source.IPN).outcome();
			return answer(outcome.rspCode, outcome.message);
		}
		catch (RuntimeException ex) {
			log.atError().addKeyValue("event", "payment.ipn.error").setCause(ex).log("IPN could not be processed");
			return answer("99", "Unknown error");
		}
	}

	private static Map<String, String> answer(String code, String message) {
		var body = new LinkedHashMap<String, String>();
		body.put("RspCode", code);
		body.put("Message", message);
		return body;
	}
}
