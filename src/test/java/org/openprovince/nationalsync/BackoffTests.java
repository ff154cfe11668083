package org.openprovince.nationalsync;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Delays between attempts: doubled after each failure from the base, capped, jittered downwards by at most 20 %. */
class BackoffTests {

	final Backoff exact = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), () -> 1.0);

	final Backoff shortest = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), () -> 0.0);

	@Test
	void doublesFromTheBaseAndStopsAtTheMaximum() {
		assertThat(exact.after(1)).isEqualTo(Duration.ofSeconds(5));
		assertThat(exact.after(2)).isEqualTo(Duration.ofSeconds(10));
		assertThat(exact.after(3)).isEqualTo(Duration.ofSeconds(20));
		assertThat(exact.after(8)).isEqualTo(Duration.ofSeconds(640));
		// 5 s · 2^8 = 1280 s > 900 s
		assertThat(exact.after(9)).isEqualTo(Duration.ofMinutes(15));
		assertThat(exact.after(1_000)).isEqualTo(Duration.ofMinutes(15));
	}

	@Test
	void jitterShortensByAtMostAFifth() {
		assertThat(shortest.after(1)).isEqualTo(Duration.ofSeconds(4));
		assertThat(shortest.after(50)).isEqualTo(Duration.ofMinutes(12));
		Backoff random = new Backoff(Duration.ofSeconds(5), Duration.ofMinutes(15), Math::random);
		for (int failures = 1; failures < 20; failures++) {
			assertThat(random.after(failures)).isBetween(shortest.after(failures), exact.after(failures));
		}
	}

	@Test
	void growsMonotonicallyBeforeJitter() {
		for (int failures = 1; failures < 60; failures++) {
			assertThat(exact.ceiling(failures + 1)).isGreaterThanOrEqualTo(exact.ceiling(failures));
		}
	}
}
