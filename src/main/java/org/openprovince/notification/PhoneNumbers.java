package org.openprovince.notification;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Vietnamese mobile numbers as SMS gateways take them. Under the national numbering plan (Circular
 * 22/2014/TT-BTTTT, after the 2018 move of 11-digit mobile numbers to 10 digits), a mobile number is
 * {@code 0} followed by nine digits, the first of which is 3, 5, 7, 8 or 9; internationally
 * {@code +84} replaces the {@code 0}. Landlines ({@code 02x}) cannot receive SMS.
 */
final class PhoneNumbers {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");

	private static final Pattern MOBILE = Pattern.compile("^[35789]\\d{8}$");

	private PhoneNumbers() {
	}

	/**
	 * The number in international form ({@code +84912345678}), from {@code 0912 345 678},
	 * {@code +84 912 345 678}, {@code 84912345678} or {@code 0084912345678}; {@code null} when it is not
	 * a Vietnamese mobile number.
	 */
	static @Nullable String normalize(@Nullable String raw) {
		if (raw == null) {
			return null;
		}
		String digits = SEPARATORS.matcher(raw.strip()).replaceAll("");
		String national;
		if (digits.startsWith("+84")) {
			national = digits.substring(3);
		}
		else if (digits.startsWith("0084")) {
			national = digits.substring(4);
		}
		else if (digits.startsWith("84") && digits.length() == 11) {
			national = digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			national = digits.substring(1);
		}
		else {
			return null;
		}
		return MOBILE.matcher(national).matches() ? "+84" + national : null;
	}
}
