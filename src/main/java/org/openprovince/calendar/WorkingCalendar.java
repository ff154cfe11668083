package org.openprovince.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.springframework.stereotype.Service;

/**
 * The working calendar (lịch làm việc) other modules use: deadlines (thời hạn giải quyết) of
 * dossiers and process steps, office time between two moments, and the days of a period with
 * their holidays (ngày nghỉ lễ) and the government's schedule.
 *
 * <p>An agency without hours of its own follows the province's default; {@code null} for the agency
 * means that default. Every call checks the stored revision of the settings (one single-row query),
 * so an administrator's change applies immediately on every node; public holidays are computed once
 * per year and kept. Times are instants; days are in Vietnam time.
 */
@Service
public class WorkingCalendar {

	private static final int MAX_DAYS_LISTED = 400;

	private final CalendarStore store;

	private final VietnameseLunarCalendar lunar = new VietnameseLunarCalendar();

	private final StatutoryHolidays holidays = new StatutoryHolidays(lunar);

	private final AtomicReference<@Nullable CalendarSnapshot> cached = new AtomicReference<>();

	WorkingCalendar(CalendarStore store) {
		this.store = store;
	}

	/** The deadline of a time limit starting at {@code start}, with the default policy and no pause. */
	public Instant deadline(@Nullable AgencyId agency, Instant start, long amount, DeadlineUnit unit) {
		return deadline(agency, start, amount, unit, DeadlinePolicy.DEFAULT, List.of());
	}

	/**
	 * The deadline of a time limit.
	 *
	 * @param start reception (or the moment a step begins); outside office hours, counting starts at
	 * the next working moment
	 * @param amount the limit, 0 or more, in {@code unit}
	 * @param policy the rule variants of spec §4 ({@link DeadlinePolicy#DEFAULT} in doubt)
	 * @param pauses closed intervals during which the clock stood still, in any order, may overlap
	 */
	public Instant deadline(@Nullable AgencyId agency, Instant start, long amount, DeadlineUnit unit,
			DeadlinePolicy policy, List<PauseInterval> pauses) {
		return instant(calculator(agency).deadline(local(start), amount, unit, policy, local(pauses)));
	}

	/** The deadline of a budget of office time given to the minute, e.g. a process step of 1 h 30. */
	public Instant deadline(@Nullable AgencyId agency, Instant start, Duration workingTime, DeadlinePolicy policy,
			List<PauseInterval> pauses) {
		return instant(calculator(agency).deadline(local(start), workingTime, policy, local(pauses)));
	}

	/** Office time in [from, to); negative when {@code to} is before {@code from} (how late, how early). */
	public Duration workingTimeBetween(@Nullable AgencyId agency, Instant from, Instant to) {
		return workingTimeBetween(agency, from, to, List.of());
	}

	/** Office time in [from, to) outside the pauses; negative when {@code to} is before {@code from}. */
	public Duration workingTimeBetween(@Nullable AgencyId agency, Instant from, Instant to,
			List<PauseInterval> pauses) {
		return calculator(agency).workingTime(local(from), local(to), local(pauses));
	}

	/** The first moment at or after {@code moment} within office hours: when an online submission counts as received. */
	public Instant nextWorkingMoment(@Nullable AgencyId agency, Instant moment) {
		return instant(calculator(agency).nextWorkingMoment(local(moment), List.of()));
	}

	/** Each day from {@code from} to {@code to} inclusive (at most 400 days), as the agency lives it. */
	public List<CalendarDay> days(@Nullable AgencyId agency, LocalDate from, LocalDate to) {
		if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAX_DAYS_LISTED) {
			throw new IllegalArgumentException("Between 1 and " + MAX_DAYS_LISTED + " days: " + from + " to " + to);
		}
		WorkSchedule schedule = schedule(agency);
		var days = new ArrayList<CalendarDay>();
		for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
			days.add(schedule.day(date));
		}
		return days;
	}

	/** The office hours the agency follows: its own, or the province's default. */
	public WorkingHours workingHours(@Nullable AgencyId agency) {
		return schedule(agency).hours();
	}

	/** The Vietnamese lunar date (âm lịch) of a date. */
	public LunarDate lunarDate(LocalDate date) {
		return lunar.lunarDate(date);
	}

	/** The first day of Tết Nguyên đán in that year. */
	public LocalDate lunarNewYear(int year) {
		return lunar.newYear(year);
	}

	/**
	 * The days off that follow from the law alone in a year — holidays and nghỉ bù, under the
	 * default office week — before the yearly schedule adjusts them.
	 */
	public List<CalendarDay> daysOffByLaw(int year) {
		WorkSchedule schedule = new WorkSchedule(current().defaultHours(), Map.of(), holidays, lunar);
		return holidays.of(year).keySet().stream().map(schedule::day).toList();
	}

	/** The day as it would be under the default office hours and the law alone, before the yearly schedule. */
	CalendarDay defaultDay(LocalDate date) {
		return new WorkSchedule(current().defaultHours(), Map.of(), holidays, lunar).day(date);
	}

	private DeadlineCalculator calculator(@Nullable AgencyId agency) {
		return new DeadlineCalculator(schedule(agency));
	}

	private WorkSchedule schedule(@Nullable AgencyId agency) {
		CalendarSnapshot snapshot = current();
		WorkingHours hours = agency == null ? null : snapshot.agencyHours().get(agency.value());
		return new WorkSchedule(hours == null ? snapshot.defaultHours() : hours, snapshot.overrides(), holidays, lunar);
	}

	private CalendarSnapshot current() {
		long revision = store.revision();
		CalendarSnapshot snapshot = cached.get();
		if (snapshot != null && snapshot.revision() == revision) {
			return snapshot;
		}
		CalendarSnapshot loaded = store.load();
		cached.accumulateAndGet(loaded, (old, fresh) -> old == null || fresh.revision() >= old.revision() ? fresh : old);
		return loaded;
	}

	private static LocalDateTime local(Instant instant) {
		return LocalDateTime.ofInstant(instant, VietnamTime.ZONE);
	}

	private static List<Interval> local(List<PauseInterval> pauses) {
		return pauses.stream().map(p -> new Interval(local(p.from()), local(p.to()))).toList();
	}

	private static Instant instant(LocalDateTime local) {
		return local.atZone(VietnamTime.ZONE).toInstant();
	}
}
