package org.openprovince.indicators;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/**
 * A page of the rows counted in one side of one figure. {@link #total()} equals the
 * {@link IndicatorScore#numerator()} (or denominator) the scorecard shows for the same indicator, agency
 * and period.
 *
 * @param page 0-based
 */
public record DrillDown(Indicator indicator, Part part, Period period, @Nullable AgencyId agency, long total, int page,
		int pageSize, List<DrillDownLine> lines) {

	public DrillDown {
		lines = List.copyOf(lines);
	}
}
