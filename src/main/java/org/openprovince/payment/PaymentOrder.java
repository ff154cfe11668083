package org.openprovince.payment;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What another module asks to be paid: for which subject (its type, id and the reference people see,
 * e.g. a dossier code), why, by whom, and the fee/charge lines. The total is the sum of the lines.
 *
 * @param payerAccountId the citizen account that may pay online on {@link Payments#payPagePath}; {@code null}
 * when nobody may (paid at the counter)
 * @param returnPath a local path ("/account/dossiers/…") the citizen is sent back to; must start with
 * "/" and not "//"
 * @throws PaymentException when a value is blank or too long, there is no line, the total is out of
 * range or the return path is not a local path
 */
public record PaymentOrder(String subjectType, UUID subjectId, String subjectReference, PaymentPurpose purpose,
		@Nullable UUID payerAccountId, String payerName, List<PaymentLine> lines, String description,
		String returnPath) {

	/** Largest total accepted: 100 billion đồng (vnp_Amount, ×100, stays well inside 15 digits). */
	static final long MAX_TOTAL = 100_000_000_000L;

	static final int MAX_LINES = 50;

	public PaymentOrder {
		subjectType = required(subjectType, 50, "payment.order.subjectType");
		Objects.requireNonNull(subjectId, "subjectId");
		subjectReference = required(subjectReference, 100, "payment.order.subjectReference");
		Objects.requireNonNull(purpose, "purpose");
		payerName = required(payerName, 200, "payment.order.payerName");
		description = required(description, 255, "payment.order.description");
		returnPath = required(returnPath, 500, "payment.order.returnPath");
		if (!returnPath.startsWith("/") || returnPath.startsWith("//") || returnPath.contains("\\")) {
			throw new PaymentException("payment.order.returnPath.local");
		}
		if (lines == null || lines.isEmpty()) {
			throw new PaymentException("payment.order.noLines");
		}
		if (lines.size() > MAX_LINES) {
			throw new PaymentException("payment.order.tooManyLines", MAX_LINES);
		}
		lines = List.copyOf(lines);
		long total = 0;
		for (PaymentLine line : lines) {
			total += line.amount();
			if (total > MAX_TOTAL) {
				throw new PaymentException("payment.order.totalTooLarge");
			}
		}
	}

	/** The amount to pay: the sum of the lines, in VND. */
	public long total() {
		return lines.stream().mapToLong(PaymentLine::amount).sum();
	}

	/** A trimmed, non-blank text of at most {@code max} characters without control characters. */
	static String required(@Nullable String value, int max, String key) {
		String text = value == null ? "" : value.strip();
		if (text.isEmpty()) {
			throw new PaymentException(key + ".blank");
		}
		if (text.length() > max) {
			throw new PaymentException(key + ".tooLong", max);
		}
		if (text.chars().anyMatch(Character::isISOControl)) {
			throw new PaymentException(key + ".control");
		}
		return text;
	}
}
