package org.openprovince.integration;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The API clients as Spring Authorization Server sees them: the client-credentials grant only, secret
 * by HTTP Basic or in the form, the registered scopes, JWT access tokens of the configured lifetime. A
 * disabled client is unknown here, so the token endpoint answers {@code invalid_client}.
 */
@Component
class ApiClientRegistrations implements RegisteredClientRepository {

	private final ApiClients clients;

	private final IntegrationSettings settings;

	ApiClientRegistrations(ApiClients clients, IntegrationSettings settings) {
		this.clients = clients;
		this.settings = settings;
	}

	/** Only called to store a re-hashed secret (password encoder upgrade); clients are registered by administrators. */
	@Override
	public void save(RegisteredClient registeredClient) {
		String hash = registeredClient.getClientSecret();
		if (hash != null) {
			clients.rehashSecret(registeredClient.getClientId(), hash);
		}
	}

	@Override
	public @Nullable RegisteredClient findById(String id) {
		UUID uuid;
		try {
			uuid = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		return clients.find(uuid).filter(ApiClients.ApiClient::enabled).map(this::registered).orElse(null);
	}

	@Override
	public @Nullable RegisteredClient findByClientId(String clientId) {
		return clients.findByClientId(clientId).filter(ApiClients.ApiClient::enabled).map(this::registered).orElse(null);
	}

	private RegisteredClient registered(ApiClients.ApiClient client) {
		return RegisteredClient.withId(client.id().toString())
			.clientId(client.clientId())
			.clientSecret(client.secretHash())
			.clientName(client.name())
			.clientIdIssuedAt(client.createdAt())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes(scopes -> client.scopes().forEach(scope -> scopes.add(scope.value())))
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
				.accessTokenTimeToLive(settings.tokenLifetime())
				.build())
			.build();
	}
}
