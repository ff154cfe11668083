package org.openprovince.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprovince.platform.CorrelationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.util.MimeTypeUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses requests over the configured limits ({@link RateLimitSettings}) with 429 Too Many Requests
 * and {@code Retry-After}: a small Vietnamese page ({@code error/429}) for browsers, an RFC 9457
 * problem detail for {@code application/json} or {@code application/problem+json} clients. Runs
 * before Spring Security, so failed logins count, and before anything reads the session.
 *
 * <p>The client is {@link HttpServletRequest#getRemoteAddr()}: behind a reverse proxy, Tomcat's
 * RemoteIpValve ({@code server.forward-headers-strategy=native}) puts the real client address there.
 * Parameter values in keys (user names) are hashed, so counters and logs carry no personal data and
 * never a password.
 */
class RateLimitFilter extends OncePerRequestFilter {

	/** Request attribute the error page reads to say how many minutes to wait. */
	static final String RETRY_AFTER_MINUTES = "openprovince.rateLimit.retryAfterMinutes";

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final int MAX_KEY_PARAMETER = 200;

	/**
	 * The refusal never reaches Spring Security, whose header writer protects every other page; the
	 * page it shows gets the same protection here.
	 */
	private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	private final RateLimitSettings settings;

	private final RateLimiter limiter;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json;

	private final List<Matcher> matchers;

	private final List<IpAddressMatcher> exempt;

	RateLimitFilter(RateLimitSettings settings, RateLimiter limiter, MessageSource messages, LocaleResolver locales,
			JsonMapper json) {
		this.settings = settings;
		this.limiter = limiter;
		this.messages = messages;
		this.locales = locales;
		this.json = json;
		this.matchers = settings.rules()
			.stream()
			.map(rule -> new Matcher(rule, rule.paths().stream().map(PathPatternParser.defaultInstance::parse).toList()))
			.toList();
		this.exempt = settings.exemptAddresses().stream().map(IpAddressMatcher::new).toList();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !settings.enabled() || matchers.isEmpty();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String address = request.getRemoteAddr();
		if (exempt.stream().anyMatch(range -> range.matches(address))) {
			chain.doFilter(request, response);
			return;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
		Duration retryAfter = null;
		for (Matcher matcher : matchers) {
			if (matcher.matches(request, path)) {
				var rule = matcher.rule();
				String bucket = bucket(rule, request, address);
				var decision = limiter.hit(bucket, rule.limit(), rule.window());
				if (!decision.allowed()) {
					log.atWarn()
						.setMessage("Rate limit {} exceeded by {} (bucket {}); retry after {} s")
						.addArgument(rule.name())
						.addArgument(address)
						.addArgument(bucket)
						.addArgument(decision.retryAfter().toSeconds())
						.addKeyValue("rateLimitRule", rule.name())
						.addKeyValue("rateLimitBucket", bucket)
						.addKeyValue("clientAddress", address)
						.addKeyValue("retryAfterSeconds", decision.retryAfter().toSeconds())
						.log();
					if (retryAfter == null || decision.retryAfter().compareTo(retryAfter) > 0) {
						retryAfter = decision.retryAfter();
					}
				}
			}
		}
		if (retryAfter != null) {
			refuse(request, response, retryAfter);
			return;
		}
		chain.doFilter(request, response);
	}

	private static String bucket(RateLimitSettings.Rule rule, HttpServletRequest request, String address) {
		String parameter = rule.keyParameter();
		if (parameter == null) {
			return rule.name() + ":" + address;
		}
		String value = request.getParameter(parameter);
		String normalized = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
		if (normalized.length() > MAX_KEY_PARAMETER) {
			normalized = normalized.substring(0, MAX_KEY_PARAMETER);
		}
		return rule.name() + ":" + address + ":" + fingerprint(normalized);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response, Duration retryAfter)
			throws IOException {
		long seconds = retryAfter.toSeconds();
		long minutes = Math.max(1, (seconds + 59) / 60);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		if (wantsJson(request)) {
			Locale locale = locales.resolveLocale(request);
			var problem = new LinkedHashMap<String, Object>();
			problem.put("type", "about:blank");
			problem.put("title", messages.getMessage("error.429.title", null, locale));
			problem.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
			problem.put("detail", messages.getMessage("error.429.retry", new Object[] { minutes }, locale));
			problem.put("instance", request.getRequestURI());
			problem.put("retryAfter", seconds);
			CorrelationId.current().ifPresent(id -> problem.put("correlationId", id));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8);
			response.getWriter().write(json.writeValueAsString(problem));
			return;
		}
		// The friendly error page (templates/error/429.html), through the servlet container's error dispatch.
		request.setAttribute(RETRY_AFTER_MINUTES, minutes);
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

	/** Whether the client prefers JSON to HTML (an API client, or a script asking for a problem detail). */
	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return false;
		}
		try {
			List<MediaType> types = MediaType.parseMediaTypes(accept);
			MimeTypeUtils.sortBySpecificity(types);
			for (MediaType type : types) {
				if (type.isWildcardType()) {
					continue;
				}
				if (type.isCompatibleWith(MediaType.TEXT_HTML)) {
					return false;
				}
				if (type.isCompatibleWith(MediaType.APPLICATION_JSON)
						|| type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)) {
					return true;
				}
			}
			return false;
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static String fingerprint(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	private record Matcher(RateLimitSettings.Rule rule, List<PathPattern> patterns) {

		boolean matches(HttpServletRequest request, PathContainer path) {
			return (rule.method() == null || rule.method().equals(request.getMethod()))
					&& patterns.stream().anyMatch(pattern -> pattern.matches(path))
					&& (rule.whenParameter() == null || request.getParameter(rule.whenParameter()) != null);
		}
	}
}
