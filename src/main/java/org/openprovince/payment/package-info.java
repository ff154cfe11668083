/**
 * Fee payment (thanh toán phí, lệ phí trực tuyến): a module opens a payment request for something it
 * owns (a dossier's fee, a financial obligation), the citizen pays it on the module's own page through
 * a payment gateway, and the module publishes {@link org.openprovince.payment.PaymentSucceeded} once,
 * with the electronic receipt (biên lai điện tử) issued in the same transaction.
 *
 * <p>The gateway is a port with two implementations speaking the VNPay 2.1.0 protocol (redirect with
 * an HMAC-SHA512-signed query, return URL and IPN callback): the real VNPay, and a built-in sandbox
 * bank that runs the same protocol inside the application (the default, for demos and tests). Exactly
 * one is active ({@code openprovince.payment.gateway}).
 *
 * <p>Public API: {@link org.openprovince.payment.Payments} and its records; everything else is
 * package-private. The module knows nothing of dossiers: it references subjects by type and id.
 */
@NullMarked
@ApplicationModule(displayName = "Payment", allowedDependencies = { "platform", "audit", "identity" })
package org.openprovince.payment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
