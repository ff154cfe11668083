package org.openprovince.indicators.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.CurrentUser;
import org.openprovince.indicators.Decision766;
import org.openprovince.indicators.DrillDown;
import org.openprovince.indicators.Indicator;
import org.openprovince.indicators.Part;
import org.openprovince.indicators.Period;
import org.openprovince.indicators.Scorecard;
import org.openprovince.indicators.web.IndicatorPages.Query;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.LocalizedException;
import org.openprovince.platform.WebForms;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.openprovince.indicators.web.IndicatorPages.SCORECARD;
import static org.springframework.http.HttpStatus.BAD_REQUEST;
import static org.springframework.http.HttpStatus.FORBIDDEN;
import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * The Decision 766 scorecard of the back office (bảng điểm chỉ số 766): the figures of one period for
 * the province or one agency, every numerator and denominator a link to the dossiers (or feedback
 * items) behind it, and the scorecards of the province and every agency as xlsx and PDF files.
 */
@Controller
class ScorecardController {

	static final String VIEW = "indicators/scorecard";

	static final String DRILL_DOWN_VIEW = "indicators/drill-down";

	static final String XLSX = SCORECARD + "/export.xlsx";

	static final String PDF = SCORECARD + "/export.pdf";

	private final Decision766 engine;

	private final IndicatorPages pages;

	private final ScorecardExports exports;

	ScorecardController(Decision766 engine, IndicatorPages pages, ScorecardExports exports) {
		this.engine = engine;
		this.pages = pages;
		this.exports = exports;
	}

	@GetMapping(SCORECARD)
	String scorecard(@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		Reader reader = Reader.of(user);
		Query query = pages.query(reader, period, agency, locale);
		pages.describe(model, reader, query, response, locale);
		Scorecard card = query.agency() == null ? engine.province(query.period())
				: engine.agency(query.agency(), query.period());
		model.addAttribute("view", ScorecardView.of(card));
		if (reader.wholeProvince()) {
			model.addAttribute("xlsx", WebForms.link(XLSX, "period", query.period().key()));
			model.addAttribute("pdf", WebForms.link(PDF, "period", query.period().key()));
		}
		return VIEW;
	}

	@GetMapping(SCORECARD + "/{indicator}/{part}")
	String drillDown(@PathVariable String indicator, @PathVariable String part,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String agency,
			@RequestParam(required = false) @Nullable String page, CurrentUser user, Model model, Locale locale,
			HttpServletResponse response) {
		Indicator chosen = IndicatorPages.fromSlug(Indicator.class, indicator);
		Part side = IndicatorPages.fromSlug(Part.class, part);
		if (chosen == null || side == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		Reader reader = Reader.of(user);
		Query query = pages.query(reader, period, agency, locale);
		pages.describe(model, reader, query, response, locale);
		DrillDown drill = engine.drillDown(chosen, side, query.agency(), query.period(),
				WebForms.parsePage(page) - 1);
		model.addAttribute("drill", drill);
		model.addAttribute("back", WebForms.link(SCORECARD, "period", query.period().key(), "agency", id(query.agency())));
		model.addAttribute("other", IndicatorPages.drillDown(chosen, side == Part.NUMERATOR ? Part.DENOMINATOR
				: Part.NUMERATOR, query.period(), query.agency()));
		String here = IndicatorPages.drillDown(chosen, side, query.period(), query.agency());
		int shown = drill.page() + 1;
		model.addAttribute("previous", drill.page() > 0 ? WebForms.link(here, "page", shown - 1) : null);
		model.addAttribute("next", (long) shown * drill.pageSize() < drill.total() ? WebForms.link(here, "page", shown + 1)
				: null);
		model.addAttribute("pages", Math.max(1, (drill.total() + drill.pageSize() - 1) / drill.pageSize()));
		return DRILL_DOWN_VIEW;
	}

	@GetMapping(XLSX)
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable String period, CurrentUser user,
			Locale locale) {
		Period chosen = exported(period, user);
		return file(exports.xlsx(chosen, scorecards(chosen), locale),
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", chosen, "xlsx");
	}

	@GetMapping(PDF)
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) @Nullable String period, CurrentUser user,
			Locale locale) {
		Period chosen = exported(period, user);
		return file(exports.pdf(chosen, scorecards(chosen), locale), MediaType.APPLICATION_PDF_VALUE, chosen, "pdf");
	}

	/** The files hold every agency: leaders' and administrators'. A bad period is the page's 400. */
	private Period exported(@Nullable String period, CurrentUser user) {
		if (!Reader.of(user).wholeProvince()) {
			throw new ResponseStatusException(FORBIDDEN);
		}
		try {
			return pages.period(period, pages.currentMonth());
		}
		catch (LocalizedException ex) {
			throw new ResponseStatusException(BAD_REQUEST, ex.getMessage(), ex);
		}
	}

	/** The province first, then every agency with dossiers in the period, best first. */
	private List<Scorecard> scorecards(Period period) {
		var ranking = engine.ranking(period);
		List<Scorecard> cards = new ArrayList<>();
		cards.add(ranking.province());
		cards.addAll(ranking.agencies());
		return cards;
	}

	/** An attachment with an ASCII name ({@code chi-so-766-2026-Q4.xlsx}): safe in every browser and OS. */
	private static ResponseEntity<byte[]> file(byte[] body, String type, Period period, String extension) {
		String name = "chi-so-766-" + period.key() + "." + extension;
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(body);
	}

	static @Nullable Object id(@Nullable AgencyId agency) {
		return agency == null ? null : agency.value();
	}
}
