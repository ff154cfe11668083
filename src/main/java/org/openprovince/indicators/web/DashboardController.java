package org.openprovince.indicators.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.CurrentUser;
import org.openprovince.indicators.Decision766;
import org.openprovince.indicators.IndicatorScore;
import org.openprovince.indicators.Scorecard;
import org.openprovince.indicators.web.IndicatorPages.Query;
import org.openprovince.organization.AgencyId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.openprovince.indicators.web.IndicatorPages.DASHBOARD;
import static org.springframework.http.HttpStatus.FORBIDDEN;

/**
 * The leadership dashboard (màn hình điều hành): the total score of the province or an agency and its
 * trend by month of the year, the ranking of the provincial agencies and, apart, of the communes, the
 * dossiers past their appointment date now, and the ratios of the heaviest indicators. Every chart is
 * drawn from an HTML table that stays on the page, so the figures read without JavaScript.
 * For leaders and administrators only.
 */
@Controller
class DashboardController {

	static final String VIEW = "indicators/dashboard";

	/** How many indicators the key-ratio cards show: the ones worth the most points. */
	static final int KEY_RATIOS = 6;

	private final Decision766 engine;

	private final IndicatorPages pages;

	private final PagesSettings settings;

	DashboardController(Decision766 engine, IndicatorPages pages, PagesSettings settings) {
		this.engine = engine;
		this.pages = pages;
		this.settings = settings;
	}

	@GetMapping(DASHBOARD)
	String dashboard(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		Reader reader = Reader.of(user);
		if (!reader.leads()) {
			throw new ResponseStatusException(FORBIDDEN);
		}
		Query query = pages.query(reader, period, agency, locale);
		pages.describe(model, reader, query, response, locale);
		// The province's card and the ranking from one read of the figures.
		var ranking = engine.ranking(query.period());
		Scorecard card = query.agency() == null ? ranking.province() : engine.agency(query.agency(), query.period());
		ScorecardView view = ScorecardView.of(card);
		model.addAttribute("view", view);
		model.addAttribute("key", card.scores()
			.stream()
			.filter(s -> s.indicator().maxPoints().signum() > 0)
			.sorted(Comparator.comparing((IndicatorScore s) -> s.indicator().maxPoints()).reversed())
			.limit(KEY_RATIOS)
			.toList());
		model.addAttribute("trend", engine.trend(query.agency(), query.period().year())
			.stream()
			.map(ScorecardView::of)
			.toList());
		Predicate<AgencyId> commune = pages.communes();
		Map<Boolean, List<Scorecard>> byLevel = ranking.agencies()
			.stream()
			.collect(Collectors.partitioningBy(c -> c.agency() != null && commune.test(c.agency())));
		model.addAttribute("departments", Ranking.of(byLevel.get(false)));
		model.addAttribute("communes", Ranking.of(byLevel.get(true)));
		model.addAttribute("overdue", engine.overdue(query.agency(), settings.overdueShown()));
		return VIEW;
	}
}
