package org.openprovince.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.Organization;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's side of the working calendar: the government's yearly schedule (lịch nghỉ
 * lễ, tết chính thức) and the office hours of the province and of agencies. Every command checks
 * its rules, throws {@link CalendarException} with a Vietnamese sentence when one fails, writes an
 * audit entry and bumps the settings' revision in the same transaction, so the change applies to
 * the next deadline computed on any node.
 */
@Service
public class CalendarAdministration {

	private static final int MAX_TEXT = 200;

	private final CalendarStore store;

	private final WorkingCalendar calendar;

	private final Organization organization;

	private final AuditTrail auditTrail;

	private final Clock clock;

	CalendarAdministration(CalendarStore store, WorkingCalendar calendar, Organization organization,
			AuditTrail auditTrail, Clock clock) {
		this.store = store;
		this.calendar = calendar;
		this.organization = organization;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	// --- yearly schedule

	/** The entries of a year's schedule, by date. */
	@Transactional(readOnly = true)
	public List<DayOverride> overrides(int year) {
		checkYear(year);
		return store.overrides(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * Adds an entry to the yearly schedule. A day off must fall on a day that would otherwise be
	 * worked, a working day on a day that would otherwise be off, and not on a holiday whose date
	 * the law fixes (Labour Code 2019 art. 112.1); one entry per date.
	 */
	@Transactional
	public DayOverride addOverride(LocalDate date, OverrideKind kind, String reason, @Nullable String legalBasis) {
		checkYear(date.getYear());
		String why = text(reason, "calendar.error.override.reason");
		String basis = legalBasis == null || legalBasis.isBlank() ? null : text(legalBasis, "calendar.error.override.legalBasis");
		if (store.hasOverride(date)) {
			throw new CalendarException("calendar.error.override.duplicate", date);
		}
		CalendarDay byDefault = calendar.defaultDay(date);
		if (kind == OverrideKind.DAY_OFF && !byDefault.working()) {
			throw new CalendarException("calendar.error.override.alreadyOff", date, byDefault.kind());
		}
		if (kind == OverrideKind.WORKING_DAY) {
			if (byDefault.working()) {
				throw new CalendarException("calendar.error.override.alreadyWorking", date);
			}
			Holiday holiday = byDefault.holiday();
			if (byDefault.kind() == DayKind.PUBLIC_HOLIDAY && holiday != null && holiday.fixedByLaw()) {
				throw new CalendarException("calendar.error.override.fixedHoliday", date, holiday);
			}
		}
		var override = new DayOverride(UUID.randomUUID(), date, kind, why, basis);
		store.insert(override, clock.instant());
		store.bumpRevision();
		audit("calendar.override.added", override.id().toString(), "date", date, "kind", kind, "reason", why,
				"legalBasis", basis);
		return override;
	}

	@Transactional
	public void removeOverride(UUID id) {
		DayOverride override = store.override(id)
			.orElseThrow(() -> new CalendarException("calendar.error.override.notFound"));
		store.delete(id);
		store.bumpRevision();
		audit("calendar.override.removed", id.toString(), "date", override.date(), "kind", override.kind(), "reason",
				override.reason());
	}

	// --- office hours

	/** The province's default hours first, then every agency with hours of its own. */
	@Transactional(readOnly = true)
	public List<AgencyHours> hours() {
		return store.allHours();
	}

	/** The stored hours of the default or of an agency; for an agency on the default, the default with version {@link AgencyHours#NEW}. */
	@Transactional(readOnly = true)
	public AgencyHours hours(@Nullable AgencyId agency) {
		return store.allHours()
			.stream()
			.filter(h -> Objects.equals(h.agency(), agency))
			.findFirst()
			.orElseGet(() -> new AgencyHours(agency, calendar.workingHours(null), AgencyHours.NEW));
	}

	/**
	 * Sets the office hours of the province's default ({@code agency} {@code null}) or of an agency.
	 *
	 * @param expectedVersion the version that was edited, {@link AgencyHours#NEW} for an agency on the default
	 * @throws OptimisticLockingFailureException when someone else changed them since
	 */
	@Transactional
	public void saveHours(@Nullable AgencyId agency, long expectedVersion, WorkingHours hours) {
		if (agency != null && organization.findAgency(agency).isEmpty()) {
			throw new CalendarException("calendar.error.agency.notFound");
		}
		store.saveHours(agency, hours, expectedVersion, clock.instant());
		store.bumpRevision();
		audit("calendar.hours.saved", agency == null ? null : agency.toString(), "hours", hours);
	}

	/** The agency follows the province's default again. */
	@Transactional
	public void removeHours(AgencyId agency) {
		if (store.deleteHours(agency)) {
			store.bumpRevision();
			audit("calendar.hours.removed", agency.toString());
		}
	}

	private static void checkYear(int year) {
		if (year < VietnameseLunarCalendar.MIN_YEAR || year > VietnameseLunarCalendar.MAX_YEAR) {
			throw new CalendarException("calendar.error.year", VietnameseLunarCalendar.MIN_YEAR,
					VietnameseLunarCalendar.MAX_YEAR);
		}
	}

	private static String text(String value, String errorKey) {
		String stripped = value.strip();
		if (stripped.isEmpty() || stripped.length() > MAX_TEXT) {
			throw new CalendarException(errorKey, MAX_TEXT);
		}
		return stripped;
	}

	/** Audit details from key/value pairs; {@code null} values are left out, others are strings. */
	private void audit(String action, @Nullable String targetId, @Nullable Object... keysAndValues) {
		Map<String, Object> details = new HashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null) {
				details.put(String.valueOf(keysAndValues[i]), String.valueOf(value));
			}
		}
		auditTrail.record(action, action.startsWith("calendar.hours") ? "WorkingHours" : "DayOverride", targetId,
				details);
	}
}
