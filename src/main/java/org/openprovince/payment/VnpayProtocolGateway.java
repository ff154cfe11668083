package org.openprovince.payment;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A gateway that speaks the VNPay 2.1.0 protocol ({@link VnpayProtocol}) with a merchant code
 * (vnp_TmnCode) and secret (vnp_HashSecret); subclasses say where the payment page is and which
 * address the gateway sends the payer back to.
 */
abstract class VnpayProtocolGateway implements PaymentGateway {

	static final String RETURN_PATH = "/thanh-toan/ket-qua";

	private final String tmnCode;

	private final String hashSecret;

	private final Duration expire;

	VnpayProtocolGateway(String tmnCode, String hashSecret, Duration expire) {
		this.tmnCode = tmnCode;
		this.hashSecret = hashSecret;
		this.expire = expire;
	}

	/** The gateway's payment page. */
	abstract String payUrl(Checkout checkout);

	/** The application's address the gateway sends the payer back to (before {@link #RETURN_PATH}). */
	abstract String returnBase(Checkout checkout);

	@Override
	public URI checkoutUrl(Checkout checkout) {
		var params = new LinkedHashMap<String, String>();
		params.put("vnp_Version", VnpayProtocol.VERSION);
		params.put("vnp_Command", "pay");
		params.put(VnpayProtocol.TMN_CODE, tmnCode);
		params.put(VnpayProtocol.AMOUNT, VnpayProtocol.amount(checkout.amount()));
		params.put("vnp_CurrCode", "VND");
		params.put(VnpayProtocol.TXN_REF, checkout.txnRef());
		params.put(VnpayProtocol.ORDER_INFO, checkout.orderInfo());
		params.put("vnp_OrderType", "other");
		params.put("vnp_Locale", "vn");
		params.put(VnpayProtocol.RETURN_URL, returnBase(checkout) + RETURN_PATH);
		params.put("vnp_IpAddr", checkout.clientIp());
		params.put("vnp_CreateDate", VnpayProtocol.DATE.format(checkout.createdAt()));
		params.put("vnp_ExpireDate", VnpayProtocol.DATE.format(checkout.createdAt().plus(expire)));
		return URI.create(payUrl(checkout) + "?" + VnpayProtocol.signedQuery(hashSecret, params));
	}

	@Override
	public boolean verify(Map<String, String> params) {
		return tmnCode.equals(params.get(VnpayProtocol.TMN_CODE)) && VnpayProtocol.verify(hashSecret, params);
	}

	/** Signs parameters the way the gateway does (the sandbox bank answers with it). */
	String signedQuery(Map<String, String> params) {
		return VnpayProtocol.signedQuery(hashSecret, params);
	}

	String tmnCode() {
		return tmnCode;
	}
}
