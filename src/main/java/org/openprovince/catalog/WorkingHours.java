package org.openprovince.catalog;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A number of working hours (giờ làm việc), the budget of an internal-process step: zero or more, in
 * quarters of an hour at most (15 minutes is the finest split provinces publish), below 10,000.
 */
public record WorkingHours(BigDecimal hours) implements Comparable<WorkingHours> {

	private static final BigDecimal QUARTER = new BigDecimal("0.25");

	private static final BigDecimal MAX = BigDecimal.valueOf(10_000);

	public static final WorkingHours ZERO = new WorkingHours(BigDecimal.ZERO);

	/** @throws CatalogException when negative, not a multiple of a quarter hour, or too large */
	public WorkingHours {
		Objects.requireNonNull(hours, "hours");
		if (hours.signum() < 0) {
			throw new CatalogException("catalog.error.hours.negative");
		}
		if (hours.remainder(QUARTER).signum() != 0) {
			throw new CatalogException("catalog.error.hours.quarter", hours.stripTrailingZeros().toPlainString());
		}
		if (hours.compareTo(MAX) >= 0) {
			throw new CatalogException("catalog.error.hours.tooLarge");
		}
		hours = hours.setScale(2, RoundingMode.UNNECESSARY);
	}

	public static WorkingHours of(double hours) {
		return new WorkingHours(BigDecimal.valueOf(hours));
	}

	public static WorkingHours of(String hours) {
		try {
			return new WorkingHours(new BigDecimal(hours.strip().replace(',', '.')));
		}
		catch (NumberFormatException ex) {
			throw new CatalogException("catalog.error.hours.number", hours);
		}
	}

	public WorkingHours plus(WorkingHours other) {
		return new WorkingHours(hours.add(other.hours));
	}

	public WorkingHours minus(WorkingHours other) {
		return new WorkingHours(hours.subtract(other.hours));
	}

	public boolean isZero() {
		return hours.signum() == 0;
	}

	@Override
	public int compareTo(WorkingHours other) {
		return hours.compareTo(other.hours);
	}

	/** The hours without trailing zeros, e.g. {@code 4}, {@code 2.5}. */
	public String display() {
		BigDecimal plain = hours.stripTrailingZeros();
		return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
	}

	@Override
	public String toString() {
		return display();
	}

	/** The same time as a {@link java.time.Duration}, to the minute. */
	public java.time.Duration toDuration() {
		return java.time.Duration.ofMinutes(hours.multiply(BigDecimal.valueOf(60))
			.setScale(0, java.math.RoundingMode.HALF_UP)
			.longValueExact());
	}
}
