package org.openprovince.indicators.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.openprovince.indicators.Scorecard;

/**
 * Scorecards ranked by total, best first; equal totals share a rank and the next one skips (1, 2, 2, 4).
 *
 * @param rank the place shown, from 1
 */
record Ranking(int rank, Scorecard card) {

	static List<Ranking> of(List<Scorecard> cards) {
		List<Scorecard> sorted = cards.stream().sorted(Comparator.comparing(Scorecard::total).reversed()).toList();
		List<Ranking> ranked = new ArrayList<>(sorted.size());
		for (int i = 0; i < sorted.size(); i++) {
			Scorecard card = sorted.get(i);
			boolean tie = i > 0 && card.total().compareTo(sorted.get(i - 1).total()) == 0;
			ranked.add(new Ranking(tie ? ranked.get(i - 1).rank() : i + 1, card));
		}
		return ranked;
	}
}
