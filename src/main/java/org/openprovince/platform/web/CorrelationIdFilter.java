package org.openprovince.platform.web;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.openprovince.platform.CorrelationId;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request a short correlation id that appears in every log line of that request
 * ({@code correlationId} in the MDC), in the {@code X-Correlation-Id} response header, on error
 * pages and in audit entries, so a citizen or an officer can quote it to the help desk.
 * A caller (another provincial system) may pass its own id in the same header.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Correlation-Id";

	private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._-]{6,64}");
	// No 0/O, 1/I: the id is read aloud over the phone.
	private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
	private static final SecureRandom RANDOM = new SecureRandom();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String incoming = request.getHeader(HEADER);
		String id = incoming != null && ACCEPTED.matcher(incoming).matches() ? incoming : newId();
		request.setAttribute(CorrelationId.REQUEST_ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(CorrelationId.MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(CorrelationId.MDC_KEY);
		}
	}

	static String newId() {
		var id = new StringBuilder(9);
		for (int i = 0; i < 8; i++) {
			if (i == 4) {
				id.append('-');
			}
			id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return id.toString();
	}
}
