package org.openprovince.indicators.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.indicators.Decision766;
import org.openprovince.indicators.Period;
import org.openprovince.platform.LocalizedException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import static org.openprovince.indicators.web.IndicatorPages.PUBLIC;

/**
 * The public page of the province's Decision 766 scores (công khai kết quả đánh giá): the province's
 * scorecard of a period (by default the last complete month; the current year to date is offered too)
 * and the ranking of the agencies by total. Figures only: no dossier, no link behind them. No
 * JavaScript; cacheable for a few minutes.
 */
@Controller
class PublicScoresController {

	static final String VIEW = "indicators/public-scores";

	private final Decision766 engine;

	private final IndicatorPages pages;

	private final PagesSettings settings;

	PublicScoresController(Decision766 engine, IndicatorPages pages, PagesSettings settings) {
		this.engine = engine;
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping(PUBLIC)
	String scores(@RequestParam(required = false) @Nullable String period, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		Period shown = pages.lastCompleteMonth();
		try {
			shown = pages.period(period, shown);
		}
		catch (LocalizedException ex) {
			model.addAttribute("problem", pages.sentence(ex, locale));
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("fmt", pages.format(locale));
		model.addAttribute("period", shown);
		model.addAttribute("choices", pages.choices(true));
		var ranking = engine.ranking(shown);
		model.addAttribute("view", ScorecardView.of(ranking.province()));
		model.addAttribute("ranking", Ranking.of(ranking.agencies()));
		// Shared caches may keep the page only for visitors without an account (the layout shows a name).
		var control = CacheControl.maxAge(settings.publicMaxAge());
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				(request.getUserPrincipal() == null ? control.cachePublic() : control.cachePrivate()).getHeaderValue());
		response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		return VIEW;
	}
}
