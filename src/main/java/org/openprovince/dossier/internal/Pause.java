package org.openprovince.dossier.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A period when the dossier's clock stood still (spec §4.3 [I]: store every pause so lateness can be
 * explained): waiting for the applicant's supplement or payment.
 *
 * @param to when the clock ran again, {@code null} while paused
 */
public record Pause(int seq, Kind kind, Instant from, @Nullable Instant to) {

	public enum Kind {
		SUPPLEMENT, PAYMENT
	}

	Pause close(Instant at) {
		return new Pause(seq, kind, from, at);
	}
}
