package org.openprovince.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/**
 * The Decision 766 figures of one scope — a competent agency or the whole province — over one period.
 *
 * @param agency the competent agency (cơ quan có thẩm quyền), or {@code null} for the province
 * @param scopeName the agency's name, or the province's as the bundle says it
 * @param scores one per {@link Indicator}, in the enum's order
 * @param total the sum of the points
 * @param maxTotal the sum of the computed indicators' maxima (the pages show "total / maxTotal")
 */
public record Scorecard(@Nullable AgencyId agency, String scopeName, Period period, List<IndicatorScore> scores,
		BigDecimal total, BigDecimal maxTotal) {

	public Scorecard {
		scores = List.copyOf(scores);
	}

	/** The score of {@code indicator}, if the scorecard has it. */
	public Optional<IndicatorScore> score(Indicator indicator) {
		return scores.stream().filter(s -> s.indicator() == indicator).findFirst();
	}
}
