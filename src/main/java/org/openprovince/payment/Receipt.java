package org.openprovince.payment;

import java.time.Instant;

/**
 * The electronic receipt (biên lai điện tử) issued when a request is paid, spec §8.2.
 *
 * @param formNumber the receipt form (mẫu số), e.g. {@code 01BLP0-001}
 * @param symbol the receipt symbol (ký hiệu), e.g. {@code OP-26E}
 * @param number the receipt number (số), unique per symbol, from a per-year counter
 * @param provider who issues it (VNPT, Viettel, or OpenProvince itself)
 * @param link the absolute address of the printable receipt page
 */
public record Receipt(String formNumber, String symbol, String number, String provider, Instant issuedAt,
		String link) {
}
