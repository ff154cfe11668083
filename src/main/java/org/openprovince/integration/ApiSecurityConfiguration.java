package org.openprovince.integration;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.platform.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The integration API's own doors, ahead of the back-office and portal chains of the identity module:
 *
 * <ul>
 * <li>{@code /oauth2/**}: Spring Authorization Server, client-credentials grant only — the token
 * endpoint ({@code /oauth2/token}), the public keys ({@code /oauth2/jwks}) and the metadata
 * ({@code /.well-known/oauth-authorization-server}). Authorization-code, introspection and revocation
 * endpoints are closed: tokens are self-contained JWTs, verified with the published keys, and nothing is
 * stored per token.</li>
 * <li>{@code /api/**}: a resource server accepting those JWTs, one scope per resource; the OpenAPI
 * description is public.</li>
 * </ul>
 * Both are stateless: no session, no CSRF token (no cookie is ever read), no login page; errors are
 * problem details ({@link ApiProblems}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntegrationSettings.class)
class ApiSecurityConfiguration {

	/** Before the identity module's chains (orders 1 and 2). */
	static final int AUTHORIZATION_SERVER_ORDER = -20;

	static final int DOCS_ORDER = -19;

	static final int API_ORDER = -18;

	static final String OPENAPI_PATH = "/api/v1/openapi.json";

	static final String DOCS_PATH = "/api/v1/docs";

	/** RFC 9728 metadata the resource server serves and names in {@code WWW-Authenticate}. */
	static final String PROTECTED_RESOURCE_METADATA = "/.well-known/oauth-protected-resource";

	private static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'; "
			+ "object-src 'none'";

	@Bean
	@Order(AUTHORIZATION_SERVER_ORDER)
	SecurityFilterChain apiAuthorizationServerChain(HttpSecurity http, ApiClientRegistrations registrations,
			AuthorizationServerSettings settings) throws Exception {
		http.securityMatcher("/oauth2/**", "/.well-known/oauth-authorization-server")
			.oauth2AuthorizationServer(server -> server.registeredClientRepository(registrations)
				.authorizationService(new NoStoredAuthorizations())
				.authorizationServerSettings(settings))
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, settings.getTokenEndpoint())
				.authenticated()
				.requestMatchers(HttpMethod.GET, settings.getJwkSetEndpoint(), "/.well-known/oauth-authorization-server")
				.permitAll()
				.anyRequest()
				.denyAll());
		return stateless(http).build();
	}

	/**
	 * The OpenAPI description and Swagger UI (springdoc serves the UI under {@code /api/v1/swagger-ui/}):
	 * public, and with the application's page policy (scripts and styles from this origin only, no inline
	 * script), which the UI's files fit.
	 */
	@Bean
	@Order(DOCS_ORDER)
	SecurityFilterChain apiDocsChain(HttpSecurity http) throws Exception {
		http.securityMatcher(OPENAPI_PATH, OPENAPI_PATH + "/**", DOCS_PATH, "/api/v1/swagger-ui/**")
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
		return http.build();
	}

	@Bean
	@Order(API_ORDER)
	SecurityFilterChain apiChain(HttpSecurity http, JwtDecoder decoder, ApiProblems problems, ApiClients clients,
			RateLimits rateLimits, IntegrationSettings settings) throws Exception {
		http.securityMatcher("/api/**", PROTECTED_RESOURCE_METADATA, PROTECTED_RESOURCE_METADATA + "/**")
			.authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, PROTECTED_RESOURCE_METADATA,
					PROTECTED_RESOURCE_METADATA + "/**")
				.permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/procedures", "/api/v1/procedures/**")
				.hasAuthority(ApiScope.PROCEDURES_READ.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/dossiers/**")
				.hasAuthority(ApiScope.DOSSIERS_READ.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/statistics", "/api/v1/statistics/**")
				.hasAuthority(ApiScope.STATISTICS_READ.authority())
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer(resource -> resource.jwt(jwt -> jwt.decoder(decoder))
				.authenticationEntryPoint(problems.entryPoint())
				.accessDeniedHandler(problems.accessDeniedHandler()))
			.exceptionHandling(errors -> errors.authenticationEntryPoint(problems.entryPoint())
				.accessDeniedHandler(problems.accessDeniedHandler()))
			.addFilterAfter(new ApiClientFilter(clients, rateLimits, problems, settings.defaultRateLimit()),
					BearerTokenAuthenticationFilter.class);
		return stateless(http).build();
	}

	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.frameOptions(HeadersConfigurer.FrameOptionsConfig::deny));
	}

	/** Every call audited, refused ones included: outside (before) Spring Security and the rate limiter. */
	@Bean
	FilterRegistrationBean<ApiCallAudit> apiCallAudit(AuditTrail audit) {
		var registration = new FilterRegistrationBean<>(new ApiCallAudit(audit));
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 20);
		registration.addUrlPatterns("/api/*", "/oauth2/*");
		return registration;
	}

	/** Also the authorization server's {@code JWKSource}: it signs the tokens and publishes them at /oauth2/jwks. */
	@Bean
	SigningKeys signingKeys(JdbcClient jdbc, TransactionTemplate tx, Clock clock) {
		return new SigningKeys(jdbc, tx, clock);
	}

	/** The issuer is the public address, so tokens name the same issuer whichever node or host name issued them. */
	@Bean
	AuthorizationServerSettings authorizationServerSettings(@Value("${openprovince.public-url}") String publicUrl) {
		return AuthorizationServerSettings.builder().issuer(stripSlash(publicUrl)).build();
	}

	@Bean
	JwtDecoder apiJwtDecoder(SigningKeys keys, AuthorizationServerSettings settings) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwsAlgorithm(SignatureAlgorithm.RS256).build();
		decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(settings.getIssuer()));
		return decoder;
	}

	private static String stripSlash(String url) {
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/**
	 * Nothing stored per token: client-credentials tokens are self-contained JWTs, checked by signature,
	 * expiry and the client's state at each call ({@link ApiClientFilter}), so the token table would only grow.
	 */
	static final class NoStoredAuthorizations implements OAuth2AuthorizationService {

		@Override
		public void save(OAuth2Authorization authorization) {
		}

		@Override
		public void remove(OAuth2Authorization authorization) {
		}

		@Override
		public @Nullable OAuth2Authorization findById(String id) {
			return null;
		}

		@Override
		public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
			return null;
		}
	}
}
