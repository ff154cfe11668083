package org.openprovince.payment;

/**
 * The built-in test gateway (cổng thanh toán thử nghiệm): the same VNPay protocol, signed with the
 * sandbox secret, but the "bank" is the application's own page {@code /thanh-toan/sandbox}
 * ({@link SandboxBankController}), which calls the IPN over HTTP like VNPay would. No money moves.
 */
final class SandboxGateway extends VnpayProtocolGateway {

	static final String BANK_PATH = "/thanh-toan/sandbox";

	SandboxGateway(PaymentSettings.Sandbox settings) {
		super(settings.tmnCode(), settings.hashSecret(), settings.expire());
	}

	@Override
	public String name() {
		return "sandbox";
	}

	@Override
	public boolean sandbox() {
		return true;
	}

	@Override
	String payUrl(Checkout checkout) {
		return VnpayGateway.stripSlash(checkout.baseUrl()) + BANK_PATH;
	}

	@Override
	String returnBase(Checkout checkout) {
		return VnpayGateway.stripSlash(checkout.baseUrl());
	}
}
