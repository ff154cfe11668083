package org.openprovince.integration;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprovince.platform.RateLimits;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs in the API's security chain once the bearer token is verified: the client must still be
 * registered, enabled, and the token issued after its last secret rotation (so disabling a client or
 * rotating its secret takes effect at once, not when the token expires); then the call counts against
 * the client's per-minute budget, refused with 429 beyond it (counters in PostgreSQL, shared by all nodes).
 */
class ApiClientFilter extends OncePerRequestFilter {

	/** Request attribute naming the calling client, for the audit of the call. */
	static final String CLIENT = "openprovince.integration.client";

	private static final Duration WINDOW = Duration.ofMinutes(1);

	private final ApiClients clients;

	private final RateLimits rateLimits;

	private final ApiProblems problems;

	private final int defaultLimit;

	ApiClientFilter(ApiClients clients, RateLimits rateLimits, ApiProblems problems, int defaultLimit) {
		this.clients = clients;
		this.rateLimits = rateLimits;
		this.problems = problems;
		this.defaultLimit = defaultLimit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token)) {
			chain.doFilter(request, response);
			return;
		}
		String clientId = token.getName();
		request.setAttribute(CLIENT, clientId);
		var client = clients.findByClientId(clientId).filter(c -> c.accepts(token.getToken().getIssuedAt()));
		if (client.isEmpty()) {
			SecurityContextHolder.clearContext();
			problems.unauthorized(request, response, new InvalidBearerTokenException("Client disabled or secret rotated"));
			return;
		}
		Optional<Duration> wait = rateLimits.count("api:" + clientId, client.get().rateLimitOr(defaultLimit), WINDOW);
		if (wait.isPresent()) {
			problems.tooManyRequests(request, response, wait.get());
			return;
		}
		chain.doFilter(request, response);
	}
}
