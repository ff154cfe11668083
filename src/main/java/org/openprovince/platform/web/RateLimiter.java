package org.openprovince.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.openprovince.platform.RateLimits;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Counts requests per bucket in PostgreSQL, so the limits hold however many nodes run behind the load
 * balancer.
 *
 * <p>Sliding-window approximation: time is cut into fixed windows (aligned on the epoch) and a
 * request is allowed while {@code hits in this window + hits in the previous window × the part of the
 * previous window still inside the sliding window} stays within the limit. Unlike a plain fixed window
 * it lets no burst of twice the limit through around a window boundary, and it needs one counter per
 * window, not one row per request. Refused requests count too, so a client that keeps hammering stays
 * refused. One statement per request: an upsert returning this window's count, with the previous
 * window's count read in the same round trip.
 */
class RateLimiter implements RateLimits {

	private static final String HIT = """
			with hit as (
			    insert into platform_rate_limit as r (bucket, window_start, hits) values (:bucket, :window, 1)
			    on conflict (bucket, window_start) do update set hits = least(r.hits, 2147483646) + 1
			    returning r.hits)
			select hit.hits,
			       coalesce((select p.hits from platform_rate_limit p
			                 where p.bucket = :bucket and p.window_start = :previous), 0) as previous
			from hit""";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keep;

	/**
	 * @param keep how long windows are kept: at least twice the longest window of any rule
	 */
	RateLimiter(JdbcClient jdbc, Clock clock, Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
	}

	/** Counts one request in the bucket and says whether it is within {@code limit} per {@code window}. */
	Decision hit(String bucket, int limit, Duration window) {
		Instant now = clock.instant();
		long length = window.toMillis();
		long start = Math.floorDiv(now.toEpochMilli(), length) * length;
		int[] counts = jdbc.sql(HIT)
			.param("bucket", bucket)
			.param("window", utc(start))
			.param("previous", utc(start - length))
			.query((rs, row) -> new int[] { rs.getInt(1), rs.getInt(2) })
			.single();
		return decide(counts[0], counts[1], (now.toEpochMilli() - start) / (double) length, limit, window);
	}

	/**
	 * The decision for a request that made this window's count {@code current}.
	 * @param elapsed the part of the current window already gone, in [0, 1)
	 */
	static Decision decide(int current, int previous, double elapsed, int limit, Duration window) {
		double estimate = current + previous * (1 - elapsed);
		if (estimate <= limit) {
			return new Decision(true, Duration.ZERO);
		}
		// When would one more request fit, if the client now waits?
		double wait;
		int room = limit - 1 - current;
		if (room >= 0 && previous > 0) {
			// Later in this window, once enough of the previous window has slid out.
			wait = 1 - (double) room / previous - elapsed;
		}
		else {
			// In the next window, once enough of this window has slid out.
			wait = 1 - elapsed + Math.max(0, 1 - (double) (limit - 1) / current);
		}
		long millis = Math.round(wait * window.toMillis());
		long seconds = (millis + 999) / 1000;
		return new Decision(false, Duration.ofSeconds(Math.max(1, seconds)));
	}

	@Override
	public Optional<Duration> count(String bucket, int limit, Duration window) {
		Decision decision = hit(bucket, limit, window);
		return decision.allowed() ? Optional.empty() : Optional.of(decision.retryAfter());
	}

	/** Deletes windows that no longer count; any node may run it at any time (idempotent, cheap with the index). */
	@Scheduled(initialDelayString = "${openprovince.rate-limit.cleanup-interval:10m}",
			fixedDelayString = "${openprovince.rate-limit.cleanup-interval:10m}")
	int deleteExpired() {
		return jdbc.sql("delete from platform_rate_limit where window_start < :cutoff")
			.param("cutoff", utc(clock.instant().minus(keep).toEpochMilli()))
			.update();
	}

	private static OffsetDateTime utc(long epochMillis) {
		return Instant.ofEpochMilli(epochMillis).atOffset(ZoneOffset.UTC);
	}

	/**
	 * @param allowed whether the request may go on
	 * @param retryAfter when refused, how long the client should wait
	 */
	record Decision(boolean allowed, Duration retryAfter) {
	}
}
