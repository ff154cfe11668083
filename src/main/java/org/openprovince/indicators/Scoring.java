package org.openprovince.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;


/**
 * The scoring rules of spec §10.2: ratio = numerator ÷ denominator × 100 %, 2 decimals; with a threshold
 * T, points = max when ratio ≥ T, else ratio × max ÷ T; without one, points = ratio × max ÷ 100 % [I];
 * 2 decimals. Points are computed from the exact ratio, then rounded (half up).
 */
final class Scoring {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final MathContext EXACT = new MathContext(20);

	private Scoring() {
	}

	/** The score with no ratio (zero denominator: "0 or N/A" — N/A, 0 points). */
	static IndicatorScore of(Indicator indicator, long numerator, long denominator) {
		if (denominator == 0) {
			return new IndicatorScore(indicator, numerator, 0, null, points(BigDecimal.ZERO));
		}
		return scored(indicator, numerator, denominator, exactRatio(numerator, denominator));
	}

	/** The score from an exact ratio in percent (e.g. one already multiplied by another rate). */
	static IndicatorScore scored(Indicator indicator, long numerator, long denominator, BigDecimal exactRatio) {
		BigDecimal max = indicator.maxPoints();
		BigDecimal threshold = indicator.threshold();
		BigDecimal points;
		if (threshold == null) {
			points = exactRatio.multiply(max).divide(HUNDRED, EXACT);
		}
		else if (exactRatio.compareTo(threshold) >= 0) {
			points = max;
		}
		else {
			points = exactRatio.multiply(max).divide(threshold, EXACT);
		}
		return new IndicatorScore(indicator, numerator, denominator, exactRatio.setScale(2, RoundingMode.HALF_UP),
				points(points.min(max)));
	}

	static BigDecimal exactRatio(long numerator, long denominator) {
		return BigDecimal.valueOf(numerator).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), EXACT);
	}

	static BigDecimal points(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
