package org.openprovince.indicators;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.WebForms;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public statistics page (thống kê tình hình giải quyết hồ sơ) and its CSV file: dossiers received,
 * finished and finished on time per competent agency and month of a year. Anyone may read them; they
 * read only the pre-computed monthly rows, and may be cached for a few minutes.
 */
@Controller
class StatisticsController {

	static final String PATH = "/thong-ke";

	static final String VIEW = "indicators/statistics";

	private final PublicStatistics statistics;

	private final IndicatorsSettings settings;

	private final MessageSource messages;

	StatisticsController(PublicStatistics statistics, IndicatorsSettings settings, MessageSource messages) {
		this.statistics = statistics;
		this.settings = settings;
		this.messages = messages;
	}

	@GetMapping(PATH)
	String page(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String agency, Model model, HttpServletRequest request,
			HttpServletResponse response) {
		YearStatistics shown = shown(year, agency);
		model.addAttribute("statistics", shown);
		model.addAttribute("years", statistics.years());
		model.addAttribute("csvLink", WebForms.link(PATH + ".csv", "year", shown.year(), "agency",
				shown.agency() == null ? null : shown.agency().id()));
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl(request).getHeaderValue());
		response.addHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
		return VIEW;
	}

	@GetMapping(PATH + ".csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String agency, HttpServletRequest request, Locale locale) {
		YearStatistics shown = shown(year, agency);
		String file = "thong-ke-" + shown.year() + (shown.agency() == null ? "" : "-" + fileSafe(shown.agency()))
				+ ".csv";
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file).build().toString())
			.cacheControl(cacheControl(request))
			.varyBy(HttpHeaders.COOKIE)
			.body(StatisticsCsv.write(shown, messages, locale));
	}

	private YearStatistics shown(@Nullable String year, @Nullable String agency) {
		var id = WebForms.parseUuid(agency);
		return statistics.of(statistics.yearOrCurrent(parseYear(year)), id == null ? null : new AgencyId(id));
	}

	/**
	 * Shared caches may keep the page only for visitors without an account: a logged-in citizen's page
	 * carries their name. The language comes from a cookie, hence {@code Vary: Cookie}.
	 */
	private CacheControl cacheControl(HttpServletRequest request) {
		var control = CacheControl.maxAge(settings.maxAge());
		return request.getUserPrincipal() == null ? control.cachePublic() : control.cachePrivate();
	}

	private static String fileSafe(AgencyName agency) {
		return agency.code() == null ? agency.id().toString() : agency.code();
	}

	private static @Nullable Integer parseYear(@Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
