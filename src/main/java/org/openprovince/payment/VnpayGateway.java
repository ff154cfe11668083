package org.openprovince.payment;

/**
 * The real VNPay gateway (cổng thanh toán VNPAY): the payer's browser goes to VNPay's payment page;
 * VNPay sends it back to {@code openprovince.public-url}/thanh-toan/ket-qua and calls the IPN address
 * registered with VNPay ({@code …/thanh-toan/vnpay-ipn}) server to server.
 */
final class VnpayGateway extends VnpayProtocolGateway {

	private final String url;

	private final String publicUrl;

	VnpayGateway(PaymentSettings.Vnpay settings, String publicUrl) {
		super(settings.tmnCode(), settings.hashSecret(), settings.expire());
		this.url = settings.url();
		this.publicUrl = stripSlash(publicUrl);
	}

	@Override
	public String name() {
		return "vnpay";
	}

	@Override
	public boolean sandbox() {
		return false;
	}

	@Override
	String payUrl(Checkout checkout) {
		return url;
	}

	@Override
	String returnBase(Checkout checkout) {
		return publicUrl;
	}

	static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}
}
