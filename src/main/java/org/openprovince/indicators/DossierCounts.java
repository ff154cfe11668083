package org.openprovince.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Channel;

/**
 * Dossier figures of one agency (or several) over one month (or several).
 *
 * @param received dossiers received (tiếp nhận) in the period, of which {@code receivedOnline},
 * {@code receivedDirect} and {@code receivedPostal} by channel (spec §8.1)
 * @param finished dossiers whose processing ended in the period: a result, a refusal after appraisal, a
 * withdrawal or a stop (spec §4.2: the end of processing; status groups of §3.1)
 * @param finishedOnTime of those, ended no later than the appointment date in force (spec §4.2)
 */
record DossierCounts(long received, long receivedOnline, long receivedDirect, long receivedPostal, long finished,
		long finishedOnTime) {

	static final DossierCounts NONE = new DossierCounts(0, 0, 0, 0, 0, 0);

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final BigDecimal LOWEST_PARTIAL = new BigDecimal("0.1");

	private static final BigDecimal HIGHEST_PARTIAL = new BigDecimal("99.9");

	DossierCounts {
		if (received != receivedOnline + receivedDirect + receivedPostal) {
			throw new IllegalArgumentException("received " + received + " is not the sum of its channels");
		}
		if (finishedOnTime < 0 || finishedOnTime > finished) {
			throw new IllegalArgumentException("finished on time " + finishedOnTime + " of " + finished);
		}
	}

	/** One dossier received through {@code channel}. */
	static DossierCounts receivedThrough(Channel channel) {
		return new DossierCounts(1, channel == Channel.ONLINE ? 1 : 0, channel == Channel.DIRECT ? 1 : 0,
				channel == Channel.POSTAL ? 1 : 0, 0, 0);
	}

	/** One dossier finished, on time or late. */
	static DossierCounts finished(boolean onTime) {
		return new DossierCounts(0, 0, 0, 0, 1, onTime ? 1 : 0);
	}

	DossierCounts plus(DossierCounts other) {
		return new DossierCounts(received + other.received, receivedOnline + other.receivedOnline,
				receivedDirect + other.receivedDirect, receivedPostal + other.receivedPostal, finished + other.finished,
				finishedOnTime + other.finishedOnTime);
	}

	/**
	 * Share of the finished dossiers that finished on time, in percent with one decimal, or {@code null}
	 * when none finished (shown as "—": no rate, rather than 0 %). Rounded half up, except that a rate is
	 * 100.0 only when every dossier was on time and 0.0 only when none was: a public page must not show a
	 * late dossier as "100 %".
	 *
	 * <p>This is the share of finished dossiers only, not Decision 766 indicator 2.1, which also counts
	 * dossiers still in progress within their time limit (spec §10.2).
	 */
	public @Nullable BigDecimal onTimeRate() {
		if (finished == 0) {
			return null;
		}
		BigDecimal rate = BigDecimal.valueOf(finishedOnTime)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(finished), 1, RoundingMode.HALF_UP);
		if (finishedOnTime > 0 && finishedOnTime < finished) {
			return rate.max(LOWEST_PARTIAL).min(HIGHEST_PARTIAL);
		}
		return rate;
	}
}
