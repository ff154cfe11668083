package org.openprovince.indicators;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One indicator's figure for one scope and period.
 *
 * @param ratio numerator ÷ denominator in percent, 2 decimals (half up), {@code null} when the
 * denominator is 0 (spec §10.2: "0 or N/A" — shown as N/A, scored 0); for 3.3 multiplied by the sync
 * rate (1.4) as the spec says
 * @param points the score, 2 decimals: the indicator's maximum when the ratio reaches the threshold,
 * else ratio × maximum ÷ threshold (÷ 100 % without a threshold); 0 without a ratio
 */
public record IndicatorScore(Indicator indicator, long numerator, long denominator, @Nullable BigDecimal ratio,
		BigDecimal points) {
}
