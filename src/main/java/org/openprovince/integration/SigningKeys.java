package org.openprovince.integration;

import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The RSA keys that sign access tokens, kept in {@code integration_signing_key} so that tokens survive a
 * restart and every node signs and verifies alike. The first node to need a key generates it, under a
 * transaction-scoped advisory lock so that two nodes starting together still end up with one key.
 * Only the newest key signs; every stored key verifies (a new key can be added by inserting a row and
 * restarting the nodes).
 */
class SigningKeys implements JWKSource<SecurityContext> {

	private static final long GENERATION_LOCK = 0x4F50_4150_494B_4559L; // "OPAPIKEY"

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	private final Clock clock;

	private volatile @Nullable JWKSet keys;

	SigningKeys(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		this.jdbc = jdbc;
		this.tx = tx;
		this.clock = clock;
	}

	/** The signing key with its private part. */
	RSAKey current() {
		return (RSAKey) all().getKeys().getFirst();
	}

	/** Every key, the newest first. */
	JWKSet all() {
		JWKSet loaded = keys;
		if (loaded == null) {
			synchronized (this) {
				loaded = keys;
				if (loaded == null) {
					loaded = tx.execute(status -> loadOrGenerate());
					keys = loaded;
				}
			}
		}
		return loaded;
	}

	@Override
	public List<JWK> get(com.nimbusds.jose.jwk.JWKSelector selector, @Nullable SecurityContext context) {
		// Signing must find exactly one key: offer the newest only; verification selects by key id.
		JWKSet set = all();
		List<JWK> selected = selector.select(set);
		return selected.size() > 1 ? List.of(current()) : selected;
	}

	private JWKSet loadOrGenerate() {
		List<JWK> stored = load();
		if (!stored.isEmpty()) {
			return new JWKSet(stored);
		}
		jdbc.sql("select pg_advisory_xact_lock(?)").param(GENERATION_LOCK).query().singleValue();
		stored = load();
		if (stored.isEmpty()) {
			KeyPair pair = generate();
			String kid = UUID.randomUUID().toString();
			jdbc.sql("insert into integration_signing_key (kid, created_at, public_key, private_key) values (?, ?, ?, ?)")
				.params(kid, clock.instant().atOffset(ZoneOffset.UTC), pair.getPublic().getEncoded(),
						pair.getPrivate().getEncoded())
				.update();
			stored = load();
		}
		return new JWKSet(stored);
	}

	private List<JWK> load() {
		return jdbc.sql("select kid, public_key, private_key from integration_signing_key order by created_at desc, kid")
			.query((rs, n) -> (JWK) rsaKey(rs.getString(1), rs.getBytes(2), rs.getBytes(3)))
			.list();
	}

	private static RSAKey rsaKey(String kid, byte[] publicKey, byte[] privateKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			var publicPart = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey));
			var privatePart = (RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey));
			return new RSAKey.Builder(publicPart).privateKey(privatePart)
				.keyID(kid)
				.keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.build();
		}
		catch (NoSuchAlgorithmException | InvalidKeySpecException ex) {
			throw new IllegalStateException("Stored signing key " + kid + " is unreadable", ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has RSA", ex);
		}
	}
}
