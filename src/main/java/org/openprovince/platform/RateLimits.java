package org.openprovince.platform;

import java.time.Duration;
import java.util.Optional;

/**
 * The shared request counters of the rate limiter (counted in PostgreSQL, so a limit holds across all
 * nodes), for a module that limits by something only it knows, e.g. the integration API by client.
 */
public interface RateLimits {

	/**
	 * Counts one request in {@code bucket}.
	 *
	 * @param bucket a key unique to the limit and the client, prefixed by the module ({@code api:client-1})
	 * @return empty when the request is within {@code limit} per {@code window}; otherwise how long the
	 * client should wait (at least one second)
	 */
	Optional<Duration> count(String bucket, int limit, Duration window);
}
