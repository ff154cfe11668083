package org.openprovince.nationalsync;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Delay before the next attempt after a failure: {@code min(max, base·2^(failures-1))}, shortened by up
 * to a fifth at random so that dossiers failing together do not all come back in the same second.
 */
record Backoff(Duration base, Duration max, DoubleSupplier random) {

	static Backoff of(NationalSyncSettings.Backoff settings) {
		return new Backoff(settings.base(), settings.max(), Math::random);
	}

	/**
	 * @param failures consecutive failures so far, this one included (1 after the first)
	 */
	Duration after(int failures) {
		return jittered(ceiling(failures));
	}

	/** The delay before jitter. */
	Duration ceiling(int failures) {
		int doublings = Math.clamp(failures - 1, 0, 40);
		long maxMillis = max.toMillis();
		long millis = base.toMillis() > (maxMillis >> doublings) ? maxMillis : Math.min(maxMillis, base.toMillis() << doublings);
		return Duration.ofMillis(millis);
	}

	private Duration jittered(Duration ceiling) {
		double factor = 0.8 + 0.2 * random.getAsDouble();
		return Duration.ofMillis(Math.round(ceiling.toMillis() * factor));
	}
}
