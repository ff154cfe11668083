package org.openprovince.indicators.web;

import java.math.RoundingMode;
import java.util.List;

import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.indicators.Decision766;
import org.springframework.stereotype.Component;

/**
 * On the back-office home of leaders and administrators: the dossiers of the province past their
 * appointment date (to the dashboard, marked when there are any) and this month's total score of the
 * province (to the scorecard).
 */
@Component
class IndicatorsHomeTiles implements OfficeHomeTiles {

	private final Decision766 engine;

	private final IndicatorPages pages;

	IndicatorsHomeTiles(Decision766 engine, IndicatorPages pages) {
		this.engine = engine;
		this.pages = pages;
	}

	@Override
	public List<HomeTile> tiles(CurrentUser user) {
		if (!Reader.of(user).leads()) {
			return List.of();
		}
		int overdue = engine.overdue(null, HomeTile.CAP + 1).size();
		int score = engine.province(pages.currentMonth()).total().setScale(0, RoundingMode.HALF_UP).intValue();
		return List.of(new HomeTile("indicators.tile.overdue", overdue, IndicatorPages.DASHBOARD, true),
				new HomeTile("indicators.tile.score", score, IndicatorPages.SCORECARD, false));
	}
}
