package org.openprovince.integration;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.jspecify.annotations.Nullable;
import org.openprovince.indicators.Decision766;
import org.openprovince.indicators.IndicatorException;
import org.openprovince.indicators.IndicatorScore;
import org.openprovince.indicators.Period;
import org.openprovince.indicators.Scorecard;
import org.openprovince.organization.AgencyId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Decision 766 indicators (chỉ số đánh giá chất lượng phục vụ) of the province and of its agencies
 * for a month, quarter or year (scope {@code statistics.read}): the same figures as the leaders' scorecard
 * and the public scores page, counts and scores only, never a dossier.
 */
@RestController
@RequestMapping(path = StatisticsApi.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "statistics", description = "Chỉ số Quyết định 766 / Decision 766 indicators")
@SecurityRequirement(name = OpenApiConfiguration.SCHEME, scopes = "statistics.read")
class StatisticsApi {

	static final String PATH = "/api/v1/statistics";

	private final Decision766 indicators;

	private final ApiAgencies agencies;

	private final MessageSource messages;

	StatisticsApi(Decision766 indicators, ApiAgencies agencies, MessageSource messages) {
		this.indicators = indicators;
		this.agencies = agencies;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Chỉ số 766 của tỉnh và các cơ quan / Decision 766 scores of the province and its agencies",
			description = "Mỗi chỉ số: tử số, mẫu số, tỷ lệ %, điểm và điểm tối đa; tổng điểm. Không có agency: tỉnh và "
					+ "mọi cơ quan có hồ sơ trong kỳ (xếp hạng). / Per indicator: numerator, denominator, ratio, points "
					+ "and maximum; the total. Without agency: the province and every agency with dossiers (ranking).")
	Statistics statistics(
			@Parameter(description = "Kỳ / period: 2026-11, 2026-Q4 hoặc/or 2026") @RequestParam String period,
			@Parameter(description = "Mã định danh cơ quan / agency identifier code, e.g. 000.00.02.H99") @RequestParam(required = false) @Nullable String agency) {
		Period p = period(period);
		Locale locale = LocaleContextHolder.getLocale();
		AgencyId id = agencies.find(agency);
		if (id != null) {
			return new Statistics(p.key(), card(indicators.agency(id, p), agencies.code(id), locale), List.of());
		}
		var ranking = indicators.ranking(p);
		List<Card> ranked = ranking.agencies()
			.stream()
			.map(c -> card(c, agencies.code(c.agency()), locale))
			.toList();
		return new Statistics(p.key(), card(ranking.province(), null, locale), ranked);
	}

	private static Period period(String text) {
		try {
			return Period.parse(text.strip());
		}
		catch (IndicatorException ex) {
			throw ApiException.badRequest("bad-period", "integration.api.period", text.strip());
		}
	}

	private Card card(Scorecard card, @Nullable String agencyCode, Locale locale) {
		return new Card(agencyCode, card.scopeName(), card.total(), card.maxTotal(),
				card.scores().stream().map(s -> indicator(s, locale)).toList());
	}

	private Indicator indicator(IndicatorScore s, Locale locale) {
		var i = s.indicator();
		return new Indicator(i.code(), i.name(), messages.getMessage(i.titleKey(), null, i.name(), locale), i.group(),
				s.numerator(), s.denominator(), s.ratio(), s.points(), i.maxPoints(), i.threshold());
	}

	/** @param agencies the ranking, best total first; empty when one agency was asked for */
	record Statistics(String period, Card scope, List<Card> agencies) {
	}

	/** @param agencyCode {@code null} for the province */
	record Card(@Nullable String agencyCode, String name, BigDecimal total, BigDecimal maxTotal,
			List<Indicator> indicators) {
	}

	/**
	 * One indicator's figure.
	 *
	 * @param ratio percent with 2 decimals, {@code null} when the denominator is 0
	 * @param threshold the percent at which it scores its maximum, {@code null} when proportional
	 */
	record Indicator(String code, String name, String title, int group, long numerator, long denominator,
			@Nullable BigDecimal ratio, BigDecimal points, BigDecimal maxPoints, @Nullable BigDecimal threshold) {
	}
}
