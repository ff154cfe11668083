package org.openprovince.nationalsync;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How the national-portal sync is doing, for dashboards.
 *
 * @param backlog dossiers waiting to be sent or retried (pending and failing)
 * @param failing of which the last attempt failed
 * @param invalid dossiers the portal refused (waiting for a change or an administrator's retry)
 * @param oldestBehindSince since when the dossier behind longest has been behind, or {@code null} when none is
 * @param lastSuccess when the portal last acknowledged a dossier, or {@code null} if never
 */
public record SyncHealth(long backlog, long failing, long invalid, @Nullable Instant oldestBehindSince,
		@Nullable Instant lastSuccess) {

	/** How long the oldest dossier has been behind at {@code now}, or {@code null} when none is. */
	public @Nullable Duration oldestBehindAge(Instant now) {
		return oldestBehindSince == null ? null : Duration.between(oldestBehindSince, now);
	}

	/** Whether nothing is waiting or refused. */
	public boolean clean() {
		return backlog == 0 && invalid == 0;
	}
}
