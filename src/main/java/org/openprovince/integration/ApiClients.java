package org.openprovince.integration;

import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registered API clients (hệ thống tích hợp): registration, secret rotation and disabling by an
 * administrator, each audited in its own transaction, and the look-ups of the token endpoint and of
 * every API call. A secret is shown once, when issued; only its hash (the application's password
 * encoder, Argon2id) is stored.
 */
@Service
class ApiClients {

	static final int MAX_RATE_LIMIT = 100_000;

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();

	private static final String COLUMNS = """
			id, client_id, secret_hash, name, contact, scopes, rate_limit, enabled, created_at, secret_rotated_at,
			tokens_valid_after, version""";

	private final JdbcClient jdbc;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	ApiClients(JdbcClient jdbc, PasswordEncoder encoder, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	List<ApiClient> list() {
		return jdbc.sql("select " + COLUMNS + " from integration_api_client order by enabled desc, lower(name) limit 1000")
			.query(ApiClients::row)
			.list();
	}

	@Transactional(readOnly = true)
	Optional<ApiClient> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from integration_api_client where id = ?").param(id).query(ApiClients::row).optional();
	}

	@Transactional(readOnly = true)
	Optional<ApiClient> findByClientId(String clientId) {
		return jdbc.sql("select " + COLUMNS + " from integration_api_client where client_id = ?")
			.param(clientId)
			.query(ApiClients::row)
			.optional();
	}

	/**
	 * Registers a client with a new id and secret.
	 *
	 * @throws IntegrationException when the name, contact, scopes or rate limit are missing or out of bounds
	 */
	@Transactional
	Issued register(Registration registration) {
		return register(registration, newClientId(), newSecret());
	}

	/** Registers a client with a chosen id and secret: only the demo province's system. */
	@Transactional
	Issued register(Registration registration, String clientId, String secret) {
		Instant now = now();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into integration_api_client (id, client_id, secret_hash, name, contact, scopes, rate_limit, enabled,
				    created_at, secret_rotated_at, tokens_valid_after)
				values (:id, :clientId, :hash, :name, :contact, :scopes, :rateLimit, true, :now, :now, :now)""")
			.param("id", id)
			.param("clientId", clientId)
			.param("hash", encoder.encode(secret))
			.param("name", registration.name())
			.param("contact", registration.contact())
			.param("scopes", joined(registration.scopes()))
			.param("rateLimit", registration.rateLimit())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
		var details = new LinkedHashMap<String, Object>();
		details.put("clientId", clientId);
		details.put("name", registration.name());
		details.put("scopes", joined(registration.scopes()));
		details.put("rateLimit", registration.rateLimit() == null ? "default" : registration.rateLimit().toString());
		audit.record("integration.client.registered", "ApiClient", id.toString(), details);
		return new Issued(find(id).orElseThrow(), secret);
	}

	/**
	 * Replaces the client's secret; tokens issued with the old one stop working at once.
	 *
	 * @throws OptimisticLockingFailureException when someone changed the client since {@code version}
	 * @throws IntegrationException when the client is unknown or disabled
	 */
	@Transactional
	Issued rotateSecret(UUID id, long version) {
		ApiClient client = find(id).orElseThrow(() -> new IntegrationException("integration.client.notFound"));
		if (!client.enabled()) {
			throw new IntegrationException("integration.client.disabled", client.name());
		}
		String secret = newSecret();
		Instant now = now();
		int updated = jdbc.sql("""
				update integration_api_client
				   set secret_hash = :hash, secret_rotated_at = :now, tokens_valid_after = :now, version = version + 1
				 where id = :id and version = :version and enabled""")
			.param("hash", encoder.encode(secret))
			.param("now", now.atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("version", version)
			.update();
		changed(updated, client);
		audit.record("integration.client.secretRotated", "ApiClient", id.toString(), Map.of("clientId", client.clientId()));
		return new Issued(find(id).orElseThrow(), secret);
	}

	/**
	 * Disables the client: no new token, and its current tokens are refused at the next call.
	 *
	 * @throws OptimisticLockingFailureException when someone changed the client since {@code version}
	 */
	@Transactional
	void disable(UUID id, long version) {
		ApiClient client = find(id).orElseThrow(() -> new IntegrationException("integration.client.notFound"));
		int updated = jdbc.sql("""
				update integration_api_client set enabled = false, tokens_valid_after = :now, version = version + 1
				 where id = :id and version = :version""")
			.param("now", now().atOffset(ZoneOffset.UTC))
			.param("id", id)
			.param("version", version)
			.update();
		changed(updated, client);
		audit.record("integration.client.disabled", "ApiClient", id.toString(), Map.of("clientId", client.clientId()));
	}

	/** A stronger hash of the same secret, when the password encoder asks for an upgrade at a token request. */
	@Transactional
	void rehashSecret(String clientId, String secretHash) {
		jdbc.sql("update integration_api_client set secret_hash = ? where client_id = ?").param(secretHash).param(clientId).update();
	}

	private static void changed(int updated, ApiClient client) {
		if (updated != 1) {
			throw new OptimisticLockingFailureException("API client " + client.clientId() + " changed meanwhile");
		}
	}

	/** Now, to the second: token issue times ({@code iat}) have no finer precision. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static String newClientId() {
		var id = new StringBuilder("op-");
		for (int i = 0; i < 16; i++) {
			id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
		}
		return id.toString();
	}

	/** 256 random bits: a secret that needs no password policy. */
	private static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String joined(Set<ApiScope> scopes) {
		return scopes.stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "));
	}

	private static ApiClient row(ResultSet rs, int n) throws SQLException {
		Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
		Arrays.stream(rs.getString("scopes").split(" ")).map(ApiScope::of).flatMap(Optional::stream).forEach(scopes::add);
		Integer rateLimit = rs.getObject("rate_limit", Integer.class);
		return new ApiClient(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("secret_hash"),
				rs.getString("name"), rs.getString("contact"), scopes, rateLimit,
				rs.getBoolean("enabled"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("secret_rotated_at").toInstant(), rs.getTimestamp("tokens_valid_after").toInstant(),
				rs.getLong("version"));
	}

	/**
	 * A registered client.
	 *
	 * @param rateLimit requests per minute, or {@code null} for the configured default
	 * @param tokensValidAfter tokens issued before this moment are refused (secret rotated, client disabled)
	 */
	record ApiClient(UUID id, String clientId, String secretHash, String name, String contact, Set<ApiScope> scopes,
			@Nullable Integer rateLimit, boolean enabled, Instant createdAt, Instant secretRotatedAt,
			Instant tokensValidAfter, long version) {

		ApiClient {
			scopes = Set.copyOf(scopes);
		}

		int rateLimitOr(int defaultLimit) {
			return rateLimit == null ? defaultLimit : rateLimit;
		}

		/** Whether this client may still use a token issued at {@code issuedAt}. */
		boolean accepts(@Nullable Instant issuedAt) {
			return enabled && issuedAt != null && !issuedAt.isBefore(tokensValidAfter);
		}
	}

	/** A client and its secret in clear, to show once. */
	record Issued(ApiClient client, String secret) {
	}

	/**
	 * What an administrator registers.
	 *
	 * @param rateLimit requests per minute, or {@code null} for the configured default
	 * @throws IntegrationException when a part is missing or out of bounds
	 */
	record Registration(String name, String contact, Set<ApiScope> scopes, @Nullable Integer rateLimit) {

		Registration {
			name = required(name, 200, "integration.client.name.required");
			contact = required(contact, 300, "integration.client.contact.required");
			if (scopes == null || scopes.isEmpty()) {
				throw new IntegrationException("integration.client.scopes.required");
			}
			scopes = Set.copyOf(scopes);
			if (rateLimit != null && (rateLimit < 1 || rateLimit > MAX_RATE_LIMIT)) {
				throw new IntegrationException("integration.client.rateLimit.range", MAX_RATE_LIMIT);
			}
		}

		private static String required(@Nullable String value, int max, String key) {
			if (value == null || value.isBlank()) {
				throw new IntegrationException(key);
			}
			String stripped = value.strip();
			if (stripped.length() > max) {
				throw new IntegrationException("integration.client.tooLong", max);
			}
			return stripped;
		}
	}
}
