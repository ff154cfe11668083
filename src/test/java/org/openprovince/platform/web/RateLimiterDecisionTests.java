package org.openprovince.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of the sliding-window approximation: this window's count plus the previous window's,
 * weighted by the part of it still inside the sliding window; and the Retry-After it gives, which is
 * the earliest moment one more request would fit if the client waits.
 */
class RateLimiterDecisionTests {

	@ParameterizedTest(name = "{6}")
	@CsvSource(delimiter = '|', textBlock = """
			# current | previous | elapsed | limit | allowed | retry s | why (window 10 min = 600 s)
			 1        | 0        | 0.0     | 10    | true    | 0       | first request
			10        | 0        | 0.5     | 10    | true    | 0       | exactly the limit
			11        | 0        | 0.5     | 10    | false   | 410     | over: next window in 300 s, then 11 x (1-g) <= 9 at g = 2/11, 110 s more
			 5        | 10       | 0.25    | 10    | false   | 210     | 5 + 10 x 0.75 = 12.5 > 10: one more fits once 10 x (1-f) <= 4, at f = 0.6, 0.35 x 600 s later
			 5        | 10       | 0.6     | 10    | true    | 0       | 5 + 10 x 0.4 = 9: the previous window has slid out enough
			 1        | 30       | 0.0     | 10    | false   | 440     | a burst at the end of the previous window still weighs: one more fits once 30 x (1-f) <= 8, at f = 11/15
			 2        | 0        | 0.9     | 1     | false   | 660     | limit 1: the next window's weight must fall to nothing, 60 s + the whole next window
			""")
	void slidingWindow(int current, int previous, double elapsed, int limit, boolean allowed, long retrySeconds,
			String why) {
		var decision = RateLimiter.decide(current, previous, elapsed, limit, Duration.ofMinutes(10));
		assertThat(decision.allowed()).as(why).isEqualTo(allowed);
		if (!allowed) {
			assertThat(decision.retryAfter().toSeconds()).as(why).isEqualTo(retrySeconds);
		}
	}
}
