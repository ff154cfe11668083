package org.openprovince.integration;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits every call of the integration API and every token request, whatever its outcome (including
 * 401, 403 and 429): the client, method, path, status and duration, as one entry of the hash-chained
 * audit trail ({@code integration.api.call}, actor {@code api:<client id>}). Never the query string or
 * the token. Runs outside Spring Security, so refused calls are recorded too; a failure to record is
 * logged and does not change the answer already sent.
 */
class ApiCallAudit extends OncePerRequestFilter {

	static final String ACTION = "integration.api.call";

	private static final Logger log = LoggerFactory.getLogger(ApiCallAudit.class);

	private final AuditTrail audit;

	ApiCallAudit(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
		}
		finally {
			String claimed = claimedClient(request);
			String client = request.getAttribute(ApiClientFilter.CLIENT) instanceof String authenticated ? authenticated
					: response.getStatus() < 400 ? claimed : null;
			var details = new LinkedHashMap<String, Object>();
			details.put("method", request.getMethod());
			details.put("path", request.getRequestURI());
			details.put("status", response.getStatus());
			details.put("durationMs", (System.nanoTime() - start) / 1_000_000);
			if (client != null) {
				details.put("clientId", client);
			}
			else if (claimed != null) {
				details.put("claimedClientId", claimed);
			}
			try {
				audit.record("api:" + (client == null ? "anonymous" : client), ACTION, "ApiCall", null, details);
			}
			catch (RuntimeException ex) {
				log.warn("API call {} {} not audited: {}", request.getMethod(), request.getRequestURI(), ex.toString());
			}
		}
	}

	/** The client id a token request names (HTTP Basic or form), authenticated or not. */
	private static @Nullable String claimedClient(HttpServletRequest request) {
		if (!request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/")) {
			return null;
		}
		String claimed = basicUser(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (claimed == null) {
			claimed = request.getParameter("client_id");
		}
		if (claimed == null || claimed.length() > 64) {
			return null;
		}
		return claimed;
	}

	private static @Nullable String basicUser(@Nullable String authorization) {
		if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
					StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}
}
