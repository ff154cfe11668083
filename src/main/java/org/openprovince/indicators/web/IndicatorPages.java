package org.openprovince.indicators.web;

import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.indicators.Indicator;
import org.openprovince.indicators.Part;
import org.openprovince.indicators.Period;
import org.openprovince.organization.AdministrativeLevel;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.platform.LocalizedException;
import org.openprovince.platform.VietnamTime;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the indicator pages share: their paths, the path segments of an indicator and a part, the
 * periods a picker offers, the agencies a scope picker offers, and the reading of the {@code period}
 * and {@code agency} query parameters, where bad input becomes a Vietnamese sentence shown on the page
 * (with the default figures under it), never an error page.
 */
@Component
class IndicatorPages {

	static final String SCORECARD = "/office/indicators";

	static final String DASHBOARD = "/office/dashboard";

	static final String PUBLIC = "/thong-ke/chi-so";

	private final Organization organization;

	private final MessageSource messages;

	private final Clock clock;

	private final PagesSettings settings;

	IndicatorPages(Organization organization, MessageSource messages, Clock clock, PagesSettings settings) {
		this.organization = organization;
		this.messages = messages;
		this.clock = clock;
		this.settings = settings;
	}

	/** The path segment of an indicator: {@code ON_TIME} → {@code on-time}. */
	static String slug(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	static <E extends Enum<E>> @Nullable E fromSlug(Class<E> type, String slug) {
		for (E value : type.getEnumConstants()) {
			if (slug(value).equals(slug)) {
				return value;
			}
		}
		return null;
	}

	/** The drill-down page of one figure of a scorecard. */
	static String drillDown(Indicator indicator, Part part, Period period, @Nullable AgencyId agency) {
		return WebForms.link(SCORECARD + "/" + slug(indicator) + "/" + slug(part), "period", period.key(), "agency",
				agency == null ? null : agency.value());
	}

	Period currentMonth() {
		YearMonth month = YearMonth.from(today());
		return Period.month(month.getYear(), month.getMonthValue());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}

	/** The last month that has ended: the public page's default. */
	Period lastCompleteMonth() {
		YearMonth month = YearMonth.from(today()).minusMonths(1);
		return Period.month(month.getYear(), month.getMonthValue());
	}

	/**
	 * The periods a picker offers, newest first within each kind: every month, quarter and year of the
	 * offered years that has begun ({@code complete}: that has ended, except the current year, which
	 * the public page shows to date).
	 */
	List<PeriodChoice> choices(boolean complete) {
		Instant now = clock.instant();
		int year = currentMonth().year();
		List<Period> months = new ArrayList<>();
		List<Period> quarters = new ArrayList<>();
		List<Period> years = new ArrayList<>();
		for (int y = year; y > year - settings.yearsOffered(); y--) {
			for (int m = 12; m >= 1; m--) {
				months.add(Period.month(y, m));
			}
			for (int q = 4; q >= 1; q--) {
				quarters.add(Period.quarter(y, q));
			}
			years.add(Period.year(y));
		}
		Period thisYear = Period.year(year);
		Predicate<Period> offered = p -> complete ? !p.end().isAfter(now) || p.equals(thisYear)
				: !p.start().isAfter(now);
		return List.of(new PeriodChoice("MONTH", months.stream().filter(offered).toList()),
				new PeriodChoice("QUARTER", quarters.stream().filter(offered).toList()),
				new PeriodChoice("YEAR", years.stream().filter(offered).toList()));
	}

	/**
	 * The period a query asks for: {@code fallback} when it is absent; a malformed one, or one that
	 * has not begun, is a {@link LocalizedException} with the sentence to show.
	 */
	Period period(@Nullable String text, Period fallback) {
		if (text == null || text.isBlank()) {
			return fallback;
		}
		Period period = Period.parse(text.strip());
		if (period.start().isAfter(clock.instant())) {
			throw new PageException("indicators.error.future", text.strip());
		}
		return period;
	}

	/**
	 * The agency a query asks for, {@code null} when absent (the reader's default scope); a malformed
	 * id or one the directory does not know is a {@link LocalizedException}.
	 */
	@Nullable
	AgencyId agency(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var id = WebForms.parseUuid(text);
		if (id == null || organization.findAgency(new AgencyId(id)).isEmpty()) {
			throw new PageException("indicators.error.agency", text.strip());
		}
		return new AgencyId(id);
	}

	/** How figures are written for a reader. */
	ScoreFormat format(Locale locale) {
		return new ScoreFormat(messages, locale);
	}

	/** The sentence of a broken rule in the reader's language. */
	String sentence(LocalizedException ex, Locale locale) {
		return messages.getMessage(ex, locale);
	}

	/** The agencies a reader may pick, by name in Vietnamese order. */
	List<AgencySummary> agencies(Reader reader) {
		List<AgencySummary> agencies = reader.wholeProvince() ? organization.currentAgencies(today())
				: reader.agencies().stream().map(organization::findAgency).flatMap(Optional::stream).toList();
		Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
		return agencies.stream().sorted(Comparator.comparing(AgencySummary::name, vietnamese)).toList();
	}

	/**
	 * Which agencies are commune-level (UBND xã, commune service centres), for the separate ranking of
	 * communes: the directory in force today, read once, and any agency that has since ended by itself.
	 */
	Predicate<AgencyId> communes() {
		Map<AgencyId, AgencySummary> current = organization.currentAgencies(today())
			.stream()
			.collect(Collectors.toMap(AgencySummary::id, a -> a, (a, b) -> a));
		return id -> {
			AgencySummary agency = current.get(id);
			if (agency == null) {
				agency = organization.findAgency(id).orElse(null);
			}
			return agency != null && agency.kind().unitLevel() == AdministrativeLevel.COMMUNE;
		};
	}

	/** The name of an agency in the directory (also one that has since ended), or {@code null}. */
	@Nullable
	String agencyName(AgencyId id) {
		return organization.findAgency(id).map(AgencySummary::name).orElse(null);
	}

	/**
	 * Reads the {@code period} and {@code agency} parameters for a reader: a bad one is replaced by the
	 * default (the current month; the reader's own scope) and explained ({@link Query#problem()}); an
	 * agency not theirs is a 403.
	 */
	Query query(Reader reader, @Nullable String period, @Nullable String agency, Locale locale) {
		String problem = null;
		Period chosen = currentMonth();
		try {
			chosen = period(period, chosen);
		}
		catch (LocalizedException ex) {
			problem = sentence(ex, locale);
		}
		AgencyId requested = null;
		try {
			requested = agency(agency);
		}
		catch (LocalizedException ex) {
			problem = problem == null ? sentence(ex, locale) : problem + " " + sentence(ex, locale);
		}
		return new Query(chosen, reader.scope(requested), problem);
	}

	/**
	 * Puts what the pickers and headings need into a page model: the period, the scope and its name,
	 * the periods and agencies offered, the problem if any (then the answer is a 400).
	 */
	void describe(Model model, Reader reader, Query query, HttpServletResponse response, Locale locale) {
		model.addAttribute("fmt", format(locale));
		model.addAttribute("period", query.period());
		model.addAttribute("agency", query.agency());
		model.addAttribute("scopeName", query.agency() == null ? null : agencyName(query.agency()));
		model.addAttribute("choices", choices(false));
		model.addAttribute("agencies", agencies(reader));
		model.addAttribute("wholeProvince", reader.wholeProvince());
		if (query.problem() != null) {
			model.addAttribute("problem", query.problem());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
	}

	/**
	 * What a page shows: a period, a scope ({@code null}: the province) and, when the request asked
	 * for something else that could not be shown, why.
	 */
	record Query(Period period, @Nullable AgencyId agency, @Nullable String problem) {
	}

	/** The periods of one kind a picker offers, under a heading ({@code indicators.kind.<kind>}). */
	record PeriodChoice(String kind, List<Period> periods) {
	}
}
