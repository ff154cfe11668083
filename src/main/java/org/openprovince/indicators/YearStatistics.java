package org.openprovince.indicators;

import java.text.Collator;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/**
 * What the statistics page shows for one year: without a chosen agency, each agency's year and the whole
 * province month by month; with one, that agency month by month. Months run from January to the last
 * month reported (December, or the current month of the current year), including months without any
 * dossier.
 *
 * @param agencies the agencies with figures in the year (and the chosen one), by name, for the choice
 * @param agency the chosen agency, or {@code null} for all
 * @param byAgency each agency's figures of the year, by name; empty when an agency is chosen
 * @param byMonth the figures of each month, for the chosen agency or the province
 * @param total the figures of the whole year, for the chosen agency or the province
 * @param rows the agency-month rows themselves, by agency name then month: the downloadable file
 */
record YearStatistics(int year, List<AgencyName> agencies, @Nullable AgencyName agency, List<AgencyLine> byAgency,
		List<MonthLine> byMonth, DossierCounts total, List<AgencyMonthLine> rows) {

	record AgencyLine(AgencyName agency, DossierCounts counts) {
	}

	record MonthLine(YearMonth month, DossierCounts counts) {
	}

	record AgencyMonthLine(AgencyName agency, YearMonth month, DossierCounts counts) {
	}

	/**
	 * @param lastMonth the last month to list (months after it are left out even if they had figures)
	 * @param figures the year's rows of every agency
	 * @param names every agency of {@code figures} (and {@code chosen}) by id
	 * @param chosen the agency to show, or {@code null} for all
	 */
	static YearStatistics of(int year, YearMonth lastMonth, List<AgencyMonth> figures, Map<AgencyId, AgencyName> names,
			@Nullable AgencyId chosen) {
		Function<AgencyId, AgencyName> name = id -> names.getOrDefault(id, AgencyName.unknown(id));
		Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
		// Agencies the directory does not know come last.
		Comparator<AgencyName> byName = Comparator
			.comparing((AgencyName a) -> a.name() == null ? "\uFFFF" : a.name(), vietnamese::compare)
			.thenComparing(a -> a.id().value());

		List<AgencyMonth> inPeriod = figures.stream().filter(f -> !f.month().isAfter(lastMonth)).toList();
		Map<AgencyId, DossierCounts> perAgency = new HashMap<>();
		inPeriod.forEach(f -> perAgency.merge(f.agency(), f.counts(), DossierCounts::plus));
		List<AgencyName> agencies = new ArrayList<>(perAgency.keySet().stream().map(name).toList());
		if (chosen != null && !perAgency.containsKey(chosen)) {
			agencies.add(name.apply(chosen));
		}
		agencies.sort(byName);

		List<AgencyMonth> shown = inPeriod.stream().filter(f -> chosen == null || f.agency().equals(chosen)).toList();
		Map<YearMonth, DossierCounts> perMonth = new LinkedHashMap<>();
		for (YearMonth month = YearMonth.of(year, 1); !month.isAfter(lastMonth) && month.getYear() == year;
				month = month.plusMonths(1)) {
			perMonth.put(month, DossierCounts.NONE);
		}
		shown.forEach(f -> perMonth.merge(f.month(), f.counts(), DossierCounts::plus));
		List<MonthLine> byMonth = perMonth.entrySet()
			.stream()
			.map(e -> new MonthLine(e.getKey(), e.getValue()))
			.toList();
		DossierCounts total = byMonth.stream().map(MonthLine::counts).reduce(DossierCounts.NONE, DossierCounts::plus);

		List<AgencyLine> byAgency = chosen != null ? List.of()
				: agencies.stream().map(a -> new AgencyLine(a, perAgency.getOrDefault(a.id(), DossierCounts.NONE))).toList();
		List<AgencyMonthLine> rows = shown.stream()
			.map(f -> new AgencyMonthLine(name.apply(f.agency()), f.month(), f.counts()))
			.sorted(Comparator.comparing(AgencyMonthLine::agency, byName).thenComparing(AgencyMonthLine::month))
			.toList();
		AgencyName agency = chosen == null ? null : name.apply(chosen);
		return new YearStatistics(year, List.copyOf(agencies), agency, byAgency, byMonth, total, rows);
	}
}
