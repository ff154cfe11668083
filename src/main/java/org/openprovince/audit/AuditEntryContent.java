package org.openprovince.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The hashed fields of one audit entry. The hash is SHA-256 over the previous entry's hash and
 * each field, length-prefixed so that no two different entries serialise alike.
 */
record AuditEntryContent(Instant occurredAt, String actor, String action, String targetType,
		@Nullable String targetId, String details, @Nullable String clientAddress, @Nullable String correlationId) {

	String hash(String previousHash) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			for (String field : new String[] { previousHash, occurredAt.toString(), actor, action, targetType,
					targetId, details, clientAddress, correlationId }) {
				byte[] bytes = field == null ? new byte[0] : field.getBytes(StandardCharsets.UTF_8);
				digest.update((field == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
				digest.update(bytes);
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
