package org.openprovince.platform;

import java.util.Optional;

import org.slf4j.MDC;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The correlation id of the current request (see the web filter that assigns it): what a user
 * quotes from an error page, and what links log lines and audit entries of one request.
 */
public final class CorrelationId {

	/** Request attribute holding the id; survives into error dispatches. */
	public static final String REQUEST_ATTRIBUTE = "openprovince.correlationId";

	/** MDC key, so every log line of the request carries it. */
	public static final String MDC_KEY = "correlationId";

	private CorrelationId() {
	}

	/** The id of the request being handled on this thread, if any. */
	public static Optional<String> current() {
		String fromMdc = MDC.get(MDC_KEY);
		if (fromMdc != null) {
			return Optional.of(fromMdc);
		}
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes != null
				&& attributes.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof String id) {
			return Optional.of(id);
		}
		return Optional.empty();
	}
}
