package org.openprovince.notification;

/**
 * Sends one text message to a mobile phone: the port to the province's SMS provider (tin nhắn
 * thương hiệu, brandname SMS). The built-in implementation posts JSON to an HTTP gateway
 * ({@code openprovince.notification.sms.url}); a province whose provider speaks another protocol
 * declares its own {@code SmsSender} bean, and the built-in one backs off.
 *
 * <p>Implementations are called from several threads at once and must be thread-safe.
 */
public interface SmsSender {

	/**
	 * Hands the message to the provider, returning once the provider accepted it.
	 *
	 * @param phone the mobile number in international form, {@code +84} followed by nine digits
	 * @param text the message, in Vietnamese with diacritics
	 * @throws RuntimeException when the provider did not accept the message; the notice is then
	 * recorded as failed, with the exception's message, and retried later
	 */
	void send(String phone, String text);
}
