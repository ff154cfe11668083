package org.openprovince.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.platform.VietnamTime;
import org.springframework.stereotype.Service;

/**
 * The figures of the public statistics page: one read of the year's monthly rows, and the agencies' names
 * from the organisation directory (those in force today in one query; an agency that has since ended,
 * e.g. merged in 2025, is looked up by itself).
 */
@Service
class PublicStatistics {

	private final AgencyMonths months;

	private final Organization organization;

	private final IndicatorsSettings settings;

	private final Clock clock;

	PublicStatistics(AgencyMonths months, Organization organization, IndicatorsSettings settings, Clock clock) {
		this.months = months;
		this.organization = organization;
		this.settings = settings;
		this.clock = clock;
	}

	/** The years the page offers, newest first: from the configured first year to this one. */
	List<Integer> years() {
		int current = currentMonth().getYear();
		int first = Math.min(settings.firstYear(), current);
		return IntStream.iterate(current, year -> year >= first, year -> year - 1).boxed().toList();
	}

	/** The year to show for a requested one: the current year when it is missing or not offered. */
	int yearOrCurrent(@Nullable Integer requested) {
		return requested != null && years().contains(requested) ? requested : currentMonth().getYear();
	}

	/** The figures of {@code year} (one the page offers), for one agency or all ({@code null}). */
	YearStatistics of(int year, @Nullable AgencyId agency) {
		YearMonth current = currentMonth();
		YearMonth last = year < current.getYear() ? YearMonth.of(year, 12) : current;
		List<AgencyMonth> figures = months.ofYear(year);
		Set<AgencyId> ids = new LinkedHashSet<>();
		figures.forEach(f -> ids.add(f.agency()));
		boolean withFigures = agency == null || ids.contains(agency);
		if (agency != null) {
			ids.add(agency);
		}
		Map<AgencyId, AgencyName> names = names(ids);
		// A mangled or foreign id in a bookmark shows every agency rather than an empty unnamed one.
		AgencyId chosen = withFigures || names.get(agency).name() != null ? agency : null;
		return YearStatistics.of(year, last, figures, names, chosen);
	}

	private Map<AgencyId, AgencyName> names(Set<AgencyId> ids) {
		Map<AgencyId, AgencyName> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		for (AgencySummary a : organization.currentAgencies(today())) {
			if (ids.contains(a.id())) {
				names.put(a.id(), name(a));
			}
		}
		for (AgencyId id : ids) {
			if (!names.containsKey(id)) {
				names.put(id, organization.findAgency(id).map(PublicStatistics::name).orElseGet(() -> AgencyName.unknown(id)));
			}
		}
		return names;
	}

	private static AgencyName name(AgencySummary agency) {
		return new AgencyName(agency.id(), agency.code().value(), agency.name());
	}

	private YearMonth currentMonth() {
		return YearMonth.from(today());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}
}
