package org.openprovince.integration;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprovince.platform.CorrelationId;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors of the integration API as RFC 9457 problem details ({@code application/problem+json}): a
 * Vietnamese {@code detail} (the application's language, switched by its {@code OP_LANG} cookie), a
 * stable {@code code} and the request's {@code correlationId}; 401 and 403 keep the
 * {@code WWW-Authenticate} header of RFC 6750. Used by the security filters, which answer before any controller, and by {@link ApiErrorHandler}.
 *
 * <p>Also answers an unknown path or method under {@code /api/}: no controller handles it, so no
 * controller advice of the API would see it and the servlet container would send its HTML error page.
 * Anywhere else those exceptions go on to Spring MVC's default handling, as before.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final AuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();

	private final AccessDeniedHandler bearerDenied = new BearerTokenAccessDeniedHandler();

	ApiProblems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
		this.messages = messages;
		this.locales = locales;
		this.json = json;
	}

	/** No token, or a bad, expired or revoked one: 401 with {@code WWW-Authenticate: Bearer …}. */
	AuthenticationEntryPoint entryPoint() {
		return (request, response, exception) -> {
			bearerEntryPoint.commence(request, response, exception);
			boolean tokenGiven = request.getHeader(HttpHeaders.AUTHORIZATION) != null;
			write(request, response, problem(request, HttpStatus.UNAUTHORIZED, tokenGiven ? "invalid-token" : "unauthorized",
					tokenGiven ? "integration.api.invalidToken" : "integration.api.unauthorized"));
		};
	}

	/** A valid token without the scope the resource needs: 403 with {@code WWW-Authenticate: … insufficient_scope}. */
	AccessDeniedHandler accessDeniedHandler() {
		return (request, response, exception) -> {
			bearerDenied.handle(request, response, exception);
			write(request, response, problem(request, HttpStatus.FORBIDDEN, "insufficient-scope", "integration.api.forbidden"));
		};
	}

	void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
			throws IOException {
		try {
			entryPoint().commence(request, response, exception);
		}
		catch (jakarta.servlet.ServletException ex) {
			throw new IOException(ex);
		}
	}

	/** The client used its budget for the minute: 429 with {@code Retry-After} in seconds. */
	void tooManyRequests(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
			throws IOException {
		long seconds = Math.max(1, retryAfter.toSeconds());
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		ProblemDetail problem = problem(request, HttpStatus.TOO_MANY_REQUESTS, "rate-limited", "integration.api.rateLimited",
				seconds);
		problem.setProperty("retryAfter", seconds);
		write(request, response, problem);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<ProblemDetail> unknownPath(NoResourceFoundException ex, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!isApi(request)) {
			throw ex;
		}
		return entity(problem(request, HttpStatus.NOT_FOUND, "not-found", "integration.api.notFound"));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<ProblemDetail> unknownMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!isApi(request)) {
			throw ex;
		}
		return entity(problem(request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
				"integration.api.methodNotAllowed"));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/** The problem detail as a controller's answer. */
	static ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
		return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A problem detail with the message {@code key} in the request's language. */
	ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String key, Object... arguments) {
		Locale locale = locales.resolveLocale(request);
		return problem(request, status, code, messages.getMessage(key, arguments, locale), locale);
	}

	/** A problem detail with a message of another bundle (a value object's refusal). */
	ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, MessageSourceResolvable message) {
		Locale locale = locales.resolveLocale(request);
		return problem(request, status, code, messages.getMessage(message, locale), locale);
	}

	private ProblemDetail problem(HttpServletRequest request, HttpStatus status, String code, String detail,
			Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(messages.getMessage("integration.problem." + status.value(), null, status.getReasonPhrase(), locale));
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(request.getRequestURI()));
		problem.setProperty("code", code);
		CorrelationId.current().ifPresent(id -> problem.setProperty("correlationId", id));
		return problem;
	}

	private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		response.setStatus(problem.getStatus());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8);
		// The same members as Spring MVC writes for a ProblemDetail: properties at the top level.
		var body = new LinkedHashMap<String, Object>();
		body.put("type", String.valueOf(problem.getType()));
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		body.put("instance", String.valueOf(problem.getInstance()));
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		response.getWriter().write(json.writeValueAsString(body));
	}
}
