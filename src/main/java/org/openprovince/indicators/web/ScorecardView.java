package org.openprovince.indicators.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openprovince.indicators.IndicatorScore;
import org.openprovince.indicators.Part;
import org.openprovince.indicators.Scorecard;

/**
 * A scorecard as the pages and exports lay it out: its indicators under their groups (1 công khai,
 * minh bạch … 6 mức độ hài lòng), each group with its points.
 */
record ScorecardView(Scorecard card, List<Group> groups) {

	static ScorecardView of(Scorecard card) {
		Map<Integer, List<IndicatorScore>> byGroup = new TreeMap<>();
		card.scores()
			.stream()
			.sorted(Comparator.comparing((IndicatorScore s) -> s.indicator().group())
				.thenComparing(s -> s.indicator().ordinal()))
			.forEach(s -> byGroup.computeIfAbsent(s.indicator().group(), g -> new ArrayList<>()).add(s));
		List<Group> groups = byGroup.entrySet()
			.stream()
			.map(e -> new Group(e.getKey(), e.getValue(), sum(e.getValue(), IndicatorScore::points),
					sum(e.getValue(), s -> s.indicator().maxPoints())))
			.toList();
		return new ScorecardView(card, groups);
	}

	/** The drill-down page of the numerator of one of this scorecard's figures. */
	public String numeratorLink(IndicatorScore score) {
		return IndicatorPages.drillDown(score.indicator(), Part.NUMERATOR, card.period(), card.agency());
	}

	/** The drill-down page of the denominator of one of this scorecard's figures. */
	public String denominatorLink(IndicatorScore score) {
		return IndicatorPages.drillDown(score.indicator(), Part.DENOMINATOR, card.period(), card.agency());
	}

	private static BigDecimal sum(List<IndicatorScore> scores, java.util.function.Function<IndicatorScore, BigDecimal> value) {
		return scores.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** The indicators of one group ({@code indicators.group.<number>}) and the points they give. */
	record Group(int number, List<IndicatorScore> scores, BigDecimal points, BigDecimal maxPoints) {
	}
}
