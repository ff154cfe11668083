package org.openprovince.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Everything the administrators configured, as of one revision of the settings: small enough to
 * hold in memory (a few rows per agency, a few dozen per year).
 */
record CalendarSnapshot(long revision, WorkingHours defaultHours, Map<UUID, WorkingHours> agencyHours,
		Map<LocalDate, DayOverride> overrides) {
}
