package org.openprovince.indicators;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.springframework.stereotype.Service;

/**
 * The figures of the public statistics page: one read of the year's monthly rows, and the agencies' names
 * from the organisation directory ({@link AgencyDirectory}).
 */
@Service
class PublicStatistics {

	private final AgencyMonths months;

	private final AgencyDirectory directory;

	private final IndicatorsSettings settings;

	private final Clock clock;

	PublicStatistics(AgencyMonths months, AgencyDirectory directory, IndicatorsSettings settings, Clock clock) {
		this.months = months;
		this.directory = directory;
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
		Map<AgencyId, AgencyName> names = directory.names(ids, today());
		// A mangled or foreign id in a bookmark shows every agency rather than an empty unnamed one.
		AgencyId chosen = withFigures || names.get(agency).name() != null ? agency : null;
		return YearStatistics.of(year, last, figures, names, chosen);
	}

	private YearMonth currentMonth() {
		return YearMonth.from(today());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}
}
