package org.openprovince.storage;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openprovince.platform.VietnamTime;

/** The one shape of key both stores use, {@code yyyy/MM/<uuid>}, and the content fingerprint. */
final class StorageKeys {

	private static final Pattern KEY = Pattern
		.compile("[0-9]{4}/(0[1-9]|1[0-2])/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private StorageKeys() {
	}

	/** A new key in the month of today in Vietnam, so a directory listing follows the calendar. */
	static String newKey(Clock clock) {
		LocalDate today = LocalDate.now(clock.withZone(VietnamTime.ZONE));
		return "%04d/%02d/%s".formatted(today.getYear(), today.getMonthValue(), UUID.randomUUID());
	}

	/**
	 * The key itself when it has the generated shape; otherwise refused, which rules out
	 * {@code ..}, absolute paths, backslashes and every other way out of the store.
	 */
	static String checked(String key) {
		if (!KEY.matcher(key).matches()) {
			throw new StorageException("storage.key.invalid");
		}
		return key;
	}

	static StoredFile describe(String key, byte[] content, String contentType) {
		return new StoredFile(key, content.length, sha256(content), contentType);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}
}
