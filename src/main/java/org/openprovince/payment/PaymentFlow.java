package org.openprovince.payment;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.payment.PaymentStore.AttemptRow;
import org.openprovince.payment.PaymentStore.AttemptStatus;
import org.openprovince.payment.PaymentStore.RequestRow;
import org.openprovince.platform.VietnamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment itself: an attempt starts when the payer presses "Thanh toán", and ends with the
 * gateway's signed callback — the IPN (server to server) or the return URL (through the payer's
 * browser), whichever comes first; both take this same path, so the second one changes nothing.
 *
 * <p>A callback with a bad signature, for an unknown transaction, with another amount or repeating
 * one already applied changes nothing; it is logged (structured: {@code payment.callback.*} with the
 * reason and the transaction reference) and, except a return after the IPN, audited with its
 * parameters. Two callbacks for one transaction at once apply one after the other (row lock on the
 * attempt): exactly one applies.
 */
@Service
class PaymentFlow {

	private static final Logger log = LoggerFactory.getLogger(PaymentFlow.class);

	private static final DateTimeFormatter TXN_DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final PaymentStore store;

	private final PaymentGateway gateway;

	private final PaymentSettings settings;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PaymentFlow(PaymentStore store, PaymentGateway gateway, PaymentSettings settings, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.gateway = gateway;
		this.settings = settings;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Where a callback came from: the gateway's server (IPN) or the payer's browser (return URL). */
	enum Source {
		IPN, RETURN
	}

	/** What a callback did, with VNPay's IPN answer (RspCode). */
	enum Outcome {

		/** The payment is recorded; the request is PAID. */
		PAID("00", "Confirm Success"),
		/** The bank refused or the payer cancelled; the request is UNPAID again. */
		FAILED("00", "Confirm Success"),
		/** The transaction was already decided: nothing changed. */
		ALREADY_CONFIRMED("02", "Order already confirmed"),
		NOT_FOUND("01", "Order not found"),
		INVALID_AMOUNT("04", "Invalid amount"),
		INVALID_SIGNATURE("97", "Invalid signature");

		final String rspCode;

		final String message;

		Outcome(String rspCode, String message) {
			this.rspCode = rspCode;
			this.message = message;
		}
	}

	/** @param requestId the request the callback concerns, {@code null} when unknown or not trusted */
	record CallbackResult(Outcome outcome, @Nullable UUID requestId) {
	}

	/**
	 * Starts a new attempt for the payer: a fresh vnp_TxnRef, the request PENDING, and the gateway's
	 * signed address to send the browser to. Empty when the request does not exist or is not this
	 * payer's.
	 *
	 * @throws PaymentException when the request is no longer payable (paid, refunded, cancelled)
	 */
	@Transactional
	Optional<URI> start(UUID requestId, UUID payerAccountId, String baseUrl, String clientIp) {
		Optional<RequestRow> found = store.lockRequest(requestId).filter(r -> payerAccountId.equals(r.payerAccountId()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		RequestRow request = found.get();
		if (!request.status().payable()) {
			throw new PaymentException("payment.notPayable", request.status());
		}
		Instant now = Instant.now(clock);
		String txnRef = LocalDate.ofInstant(now, VietnamTime.ZONE).format(TXN_DAY)
				+ String.format("%08d", store.nextTxnNumber());
		store.insertAttempt(UUID.randomUUID(), requestId, txnRef, gateway.name(), request.amount(), now);
		store.setStatus(requestId, PaymentStatus.PENDING);
		audit.record("payment.attempt.started", "PaymentRequest", requestId.toString(),
				Map.of("txnRef", txnRef, "gateway", gateway.name(), "amount", request.amount()));
		String orderInfo = VnpayProtocol.asciiText(request.subjectReference() + " " + request.description(), 255);
		return Optional.of(gateway.checkoutUrl(
				new PaymentGateway.Checkout(txnRef, request.amount(), orderInfo, baseUrl, clientIp, now)));
	}

	/** Applies a gateway callback (see the class comment); the parameters as the request carried them. */
	@Transactional
	CallbackResult apply(Map<String, String[]> raw, Source source) {
		Map<String, String> params = new TreeMap<>();
		boolean repeated = false;
		for (var entry : raw.entrySet()) {
			String[] values = entry.getValue();
			repeated |= values.length != 1;
			params.put(entry.getKey(), values.length == 0 ? "" : values[0]);
		}
		String txnRef = params.getOrDefault(VnpayProtocol.TXN_REF, "");
		if (repeated || !gateway.verify(params)) {
			return reject(Outcome.INVALID_SIGNATURE, null, source, txnRef, params);
		}
		Optional<AttemptRow> found = store.lockAttempt(txnRef);
		if (found.isEmpty()) {
			return reject(Outcome.NOT_FOUND, null, source, txnRef, params);
		}
		AttemptRow attempt = found.get();
		if (!VnpayProtocol.amount(attempt.amount()).equals(params.get(VnpayProtocol.AMOUNT))) {
			return reject(Outcome.INVALID_AMOUNT, attempt.requestId(), source, txnRef, params);
		}
		if (attempt.status() != AttemptStatus.PENDING) {
			// The return URL after the IPN (or the other way round) is the normal case, not a replay.
			if (source == Source.IPN) {
				return reject(Outcome.ALREADY_CONFIRMED, attempt.requestId(), source, txnRef, params);
			}
			return new CallbackResult(Outcome.ALREADY_CONFIRMED, attempt.requestId());
		}
		RequestRow request = store.lockRequest(attempt.requestId()).orElseThrow();
		boolean success = VnpayProtocol.SUCCESS.equals(params.get(VnpayProtocol.RESPONSE_CODE))
				&& VnpayProtocol.SUCCESS.equals(params.get(VnpayProtocol.TRANSACTION_STATUS));
		Instant now = Instant.now(clock);
		String responseCode = params.get(VnpayProtocol.RESPONSE_CODE);
		String transactionNo = params.getOrDefault(VnpayProtocol.TRANSACTION_NO, "");
		String bankCode = blankToNull(params.get(VnpayProtocol.BANK_CODE));
		store.completeAttempt(attempt.id(), success ? AttemptStatus.SUCCEEDED : AttemptStatus.FAILED, responseCode,
				blankToNull(transactionNo), bankCode, params, now);
		String actor = "gateway:" + gateway.name();
		if (!request.status().payable()) {
			// Paid through another attempt, or cancelled meanwhile: recorded for staff to refund, nothing else.
			audit.record(actor, "payment.callback.afterClose", "PaymentRequest", request.id().toString(),
					Map.of("txnRef", txnRef, "status", request.status().name(), "responseCode", String.valueOf(responseCode),
							"source", source.name()));
			event(success ? log.atWarn() : log.atInfo(), "payment.callback.afterClose", source, txnRef)
				.log("Gateway callback for a request that is {} (txnRef {})", request.status(), txnRef);
			return new CallbackResult(Outcome.ALREADY_CONFIRMED, request.id());
		}
		if (!success) {
			store.setStatus(request.id(), PaymentStatus.UNPAID);
			audit.record(actor, "payment.failed", "PaymentRequest", request.id().toString(),
					Map.of("txnRef", txnRef, "responseCode", String.valueOf(responseCode), "source", source.name()));
			event(log.atInfo(), "payment.failed", source, txnRef).addKeyValue("responseCode", responseCode)
				.log("Payment attempt failed (txnRef {}, response code {})", txnRef, responseCode);
			return new CallbackResult(Outcome.FAILED, request.id());
		}
		Instant paidAt = Optional.ofNullable(VnpayProtocol.parseDate(params.get(VnpayProtocol.PAY_DATE))).orElse(now);
		Receipt receipt = issueReceipt(request.id(), now);
		store.markPaid(request.id(), paidAt, attempt, transactionNo, bankCode, receipt);
		var details = new LinkedHashMap<String, Object>();
		details.put("txnRef", txnRef);
		details.put("transactionNo", transactionNo);
		details.put("amount", request.amount());
		details.put("receipt", receipt.symbol() + "/" + receipt.number());
		details.put("source", source.name());
		audit.record(actor, "payment.paid", "PaymentRequest", request.id().toString(), details);
		events.publishEvent(new PaymentSucceeded(new PaymentId(request.id()), request.subjectType(), request.subjectId(),
				request.subjectReference(), request.purpose(), request.amount(), paidAt, gateway.name(), transactionNo,
				bankCode, receipt.number()));
		event(log.atInfo(), "payment.paid", source, txnRef).addKeyValue("paymentId", request.id())
			.log("Payment confirmed (txnRef {}, request {})", txnRef, request.id());
		return new CallbackResult(Outcome.PAID, request.id());
	}

	private Receipt issueReceipt(UUID requestId, Instant now) {
		Year year = Year.from(now.atZone(VietnamTime.ZONE));
		long number = store.nextReceiptNumber(year.getValue());
		var receipt = settings.receipt();
		return new Receipt(receipt.form(), receipt.symbolFor(year), String.format("%07d", number), receipt.provider(), now,
				store.receiptLink(requestId));
	}

	private CallbackResult reject(Outcome outcome, @Nullable UUID requestId, Source source, String txnRef,
			Map<String, String> params) {
		event(log.atWarn(), "payment.callback.rejected", source, txnRef).addKeyValue("reason", outcome.name())
			.addKeyValue("amount", params.get(VnpayProtocol.AMOUNT))
			.log("Gateway callback rejected: {} (txnRef {}, {})", outcome, truncate(txnRef), source);
		audit.record("gateway:" + gateway.name(), "payment.callback.rejected", "PaymentAttempt",
				txnRef.isEmpty() ? null : truncate(txnRef), Map.of("reason", outcome.name(), "source", source.name(),
						"params", evidence(params)));
		return new CallbackResult(outcome, requestId);
	}

	private static LoggingEventBuilder event(LoggingEventBuilder builder, String event, Source source, String txnRef) {
		return builder.addKeyValue("event", event).addKeyValue("source", source).addKeyValue("txnRef", truncate(txnRef));
	}

	/** The parameters of a rejected callback, bounded: whoever sent it chose their size. */
	private static Map<String, String> evidence(Map<String, String> params) {
		var kept = new TreeMap<String, String>();
		params.entrySet().stream().limit(40).forEach(e -> kept.put(truncate(e.getKey()), truncate(e.getValue())));
		return kept;
	}

	private static String truncate(String value) {
		return value.length() <= 200 ? value : value.substring(0, 200);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
