package org.openprovince.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's tables. Every change bumps {@code calendar_revision} to a fresh value of a sequence
 * in the same transaction: a node compares it with the revision of its cached settings, so a change
 * made on any node takes effect everywhere on the next computation. Sequence values are never
 * reused, so settings read inside a transaction that later rolled back can never pass for current.
 */
@Repository
class CalendarStore {

	private final JdbcClient jdbc;

	CalendarStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long revision() {
		return jdbc.sql("select revision from calendar_revision where id = 1").query(Long.class).single();
	}

	void bumpRevision() {
		jdbc.sql("update calendar_revision set revision = nextval('calendar_revision_seq') where id = 1").update();
	}

	@Transactional(readOnly = true)
	CalendarSnapshot load() {
		long revision = revision();
		Map<UUID, Map<DayOfWeek, List<Shift>>> weeks = new HashMap<>();
		Map<UUID, @Nullable UUID> agencyOf = new HashMap<>();
		jdbc.sql("""
				select h.id, h.agency_id, s.day_of_week, s.starts_at, s.ends_at
				from calendar_hours h join calendar_hours_shift s on s.hours_id = h.id""").query(rs -> {
			UUID id = rs.getObject("id", UUID.class);
			agencyOf.put(id, rs.getObject("agency_id", UUID.class));
			weeks.computeIfAbsent(id, key -> new EnumMap<>(DayOfWeek.class))
				.computeIfAbsent(DayOfWeek.of(rs.getInt("day_of_week")), key -> new ArrayList<>())
				.add(shift(rs));
		});
		WorkingHours defaultHours = WorkingHours.DEFAULT;
		Map<UUID, WorkingHours> agencyHours = new HashMap<>();
		for (var entry : weeks.entrySet()) {
			UUID agency = agencyOf.get(entry.getKey());
			if (agency == null) {
				defaultHours = new WorkingHours(entry.getValue());
			}
			else {
				agencyHours.put(agency, new WorkingHours(entry.getValue()));
			}
		}
		Map<LocalDate, DayOverride> overrides = new HashMap<>();
		jdbc.sql(OVERRIDE_SQL).query(CalendarStore::override).list().forEach(o -> overrides.put(o.date(), o));
		return new CalendarSnapshot(revision, defaultHours, Map.copyOf(agencyHours), Map.copyOf(overrides));
	}

	// --- yearly schedule

	List<DayOverride> overrides(LocalDate from, LocalDate to) {
		return jdbc.sql(OVERRIDE_SQL + " where day between :from and :to order by day")
			.param("from", from)
			.param("to", to)
			.query(CalendarStore::override)
			.list();
	}

	Optional<DayOverride> override(UUID id) {
		return jdbc.sql(OVERRIDE_SQL + " where id = :id").param("id", id).query(CalendarStore::override).optional();
	}

	boolean hasOverride(LocalDate date) {
		return jdbc.sql("select count(*) from calendar_day_override where day = :day")
			.param("day", date)
			.query(Long.class)
			.single() > 0;
	}

	void insert(DayOverride override, Instant now) {
		jdbc.sql("""
				insert into calendar_day_override (id, day, kind, reason, legal_basis, created_at)
				values (:id, :day, :kind, :reason, :legalBasis, :now)""")
			.param("id", override.id())
			.param("day", override.date())
			.param("kind", override.kind().name())
			.param("reason", override.reason())
			.param("legalBasis", override.legalBasis())
			.param("now", now.atOffset(ZoneOffset.UTC))
			.update();
	}

	void delete(UUID overrideId) {
		jdbc.sql("delete from calendar_day_override where id = :id").param("id", overrideId).update();
	}

	// --- office hours

	/** Stored hours: the default first, then agencies in no particular order. */
	@Transactional(readOnly = true)
	List<AgencyHours> allHours() {
		CalendarSnapshot snapshot = load();
		long defaultVersion = version(null).orElse(AgencyHours.NEW);
		Map<UUID, Long> versions = new HashMap<>();
		jdbc.sql("select agency_id, version from calendar_hours where agency_id is not null")
			.query(rs -> {
				versions.put(rs.getObject("agency_id", UUID.class), rs.getLong("version"));
			});
		var all = new ArrayList<AgencyHours>();
		all.add(new AgencyHours(null, snapshot.defaultHours(), defaultVersion));
		snapshot.agencyHours()
			.forEach((agency, hours) -> all.add(new AgencyHours(new AgencyId(agency), hours,
					versions.getOrDefault(agency, AgencyHours.NEW))));
		return all;
	}

	Optional<Long> version(@Nullable AgencyId agency) {
		return jdbc.sql("select version from calendar_hours where " + agencyCondition(agency))
			.params(agencyParams(agency))
			.query(Long.class)
			.optional();
	}

	/**
	 * Replaces the hours of the default ({@code agency} {@code null}) or of an agency.
	 *
	 * @throws OptimisticLockingFailureException when {@code expectedVersion} is not the stored one
	 * ({@link AgencyHours#NEW} when none is stored)
	 */
	void saveHours(@Nullable AgencyId agency, WorkingHours hours, long expectedVersion, Instant now) {
		Optional<UUID> existing = jdbc.sql("select id from calendar_hours where " + agencyCondition(agency))
			.params(agencyParams(agency))
			.query(UUID.class)
			.optional();
		UUID id;
		if (existing.isPresent()) {
			id = existing.get();
			int updated = jdbc.sql("""
					update calendar_hours set version = version + 1, updated_at = :now
					where id = :id and version = :expected""")
				.param("id", id)
				.param("expected", expectedVersion)
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
			if (updated == 0) {
				throw new OptimisticLockingFailureException("Office hours changed by someone else");
			}
			jdbc.sql("delete from calendar_hours_shift where hours_id = :id").param("id", id).update();
		}
		else {
			if (expectedVersion != AgencyHours.NEW) {
				throw new OptimisticLockingFailureException("Office hours removed by someone else");
			}
			id = UUID.randomUUID();
			jdbc.sql("insert into calendar_hours (id, agency_id, version, updated_at) values (:id, :agency, 0, :now)")
				.param("id", id)
				.param("agency", agency == null ? null : agency.value())
				.param("now", now.atOffset(ZoneOffset.UTC))
				.update();
		}
		for (var day : hours.week().entrySet()) {
			for (Shift shift : day.getValue()) {
				jdbc.sql("""
						insert into calendar_hours_shift (hours_id, day_of_week, starts_at, ends_at)
						values (:id, :day, :start, :end)""")
					.param("id", id)
					.param("day", day.getKey().getValue())
					.param("start", shift.start())
					.param("end", shift.end())
					.update();
			}
		}
	}

	/** Removes an agency's own hours; whether there were any. */
	boolean deleteHours(AgencyId agency) {
		return jdbc.sql("delete from calendar_hours where agency_id = :agency").param("agency", agency.value()).update() > 0;
	}

	// --- mapping

	private static final String OVERRIDE_SQL = "select id, day, kind, reason, legal_basis from calendar_day_override";

	private static DayOverride override(ResultSet rs, int row) throws SQLException {
		return new DayOverride(rs.getObject("id", UUID.class), rs.getObject("day", LocalDate.class),
				OverrideKind.valueOf(rs.getString("kind")), rs.getString("reason"), rs.getString("legal_basis"));
	}

	private static Shift shift(ResultSet rs) throws SQLException {
		return new Shift(rs.getObject("starts_at", LocalTime.class), rs.getObject("ends_at", LocalTime.class));
	}

	private static String agencyCondition(@Nullable AgencyId agency) {
		return agency == null ? "agency_id is null" : "agency_id = :agency";
	}

	private static Map<String, Object> agencyParams(@Nullable AgencyId agency) {
		return agency == null ? Map.of() : Map.of("agency", agency.value());
	}
}
