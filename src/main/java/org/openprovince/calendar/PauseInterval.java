package org.openprovince.calendar;

import java.time.Instant;
import java.util.Objects;

/**
 * A time during which the clock of a time limit stands still, [from, to): a supplementation request
 * until the supplement is accepted, or waiting for payment (spec §3.3 T8–T10). An interval that is
 * still open has no place here: while it runs the deadline is not known.
 */
public record PauseInterval(Instant from, Instant to) {

	public PauseInterval {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("A pause must not end before it starts: " + from + " > " + to);
		}
	}
}
