package org.openprovince.catalog;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A processing time limit (thời hạn giải quyết, Decree 63/2010 art. 8.2.đ): an amount and its unit,
 * e.g. 3 working days, 15 calendar days or 4 hours. Half days occur (0.5 ngày làm việc), so the amount
 * has up to two decimals; it is positive and at most 365 days (or 2,920 hours).
 */
public record TimeLimit(BigDecimal amount, TimeLimitUnit unit) {

	private static final BigDecimal MAX_DAYS = BigDecimal.valueOf(365);

	/** @throws CatalogException when the amount is not positive, too precise or too long */
	public TimeLimit {
		Objects.requireNonNull(amount, "amount");
		Objects.requireNonNull(unit, "unit");
		amount = amount.stripTrailingZeros();
		if (amount.scale() < 0) {
			amount = amount.setScale(0);
		}
		if (amount.signum() <= 0) {
			throw new CatalogException("catalog.error.timeLimit.positive");
		}
		if (amount.scale() > 2) {
			throw new CatalogException("catalog.error.timeLimit.precision", amount);
		}
		BigDecimal max = unit == TimeLimitUnit.HOURS ? MAX_DAYS.multiply(TimeLimitUnit.HOURS_PER_DAY) : MAX_DAYS;
		if (amount.compareTo(max) > 0) {
			throw new CatalogException("catalog.error.timeLimit.tooLong", amount, unit);
		}
	}

	public static TimeLimit workingDays(int days) {
		return new TimeLimit(BigDecimal.valueOf(days), TimeLimitUnit.WORKING_DAYS);
	}

	public static TimeLimit calendarDays(int days) {
		return new TimeLimit(BigDecimal.valueOf(days), TimeLimitUnit.CALENDAR_DAYS);
	}

	public static TimeLimit hours(int hours) {
		return new TimeLimit(BigDecimal.valueOf(hours), TimeLimitUnit.HOURS);
	}

	/**
	 * The limit in working hours that an internal process budgets: days × 8 (see
	 * {@link TimeLimitUnit#HOURS_PER_DAY} for the rule and its source), hours as they are.
	 */
	public WorkingHours workingHours() {
		return new WorkingHours(amount.multiply(unit.hours()));
	}

	@Override
	public String toString() {
		return amount.toPlainString() + " " + unit.nationalLabel().toLowerCase(java.util.Locale.ROOT);
	}
}
