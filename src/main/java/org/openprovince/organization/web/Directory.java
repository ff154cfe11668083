package org.openprovince.organization.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AdministrativeLevel;
import org.openprovince.organization.AgencyKind;
import org.openprovince.platform.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read side of the administrator pages: searches and detail views as plain SQL on this module's
 * tables. Lists are keyset-paginated ({@link Page}) and text search is accent-insensitive through
 * {@code organization_fold}, which has trigram indexes.
 */
@Component
@Transactional(readOnly = true)
class Directory {

	private final JdbcClient jdbc;

	private final Clock clock;

	Directory(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}

	// --- agencies

	record AgencyRow(UUID id, String code, String name, @Nullable String shortName, AgencyKind kind,
			@Nullable String unitName, boolean ended) {
	}

	record AgencyView(UUID id, String code, String name, @Nullable String shortName, AgencyKind kind,
			@Nullable UUID unitId, @Nullable String unitName, @Nullable UUID parentId, @Nullable String parentName,
			LocalDate validFrom, @Nullable LocalDate validTo, long version, boolean ended) {
	}

	record DepartmentRow(UUID id, String code, String name) {
	}

	record PostRow(UUID staffId, String fullName, String email, String positionName, @Nullable String departmentName,
			boolean primary) {
	}

	Page<AgencyRow> agencies(AgencySearch search) {
		var where = new Conditions(today());
		if (search.q() != null) {
			where.add("(organization_fold(a.name) like organization_fold(:pattern) or organization_fold(a.short_name) like organization_fold(:pattern) or a.code like :codePrefix)");
			where.param("pattern", containsPattern(search.q()));
			where.param("codePrefix", prefixPattern(search.q().toUpperCase(java.util.Locale.ROOT)));
		}
		if (search.kind() != null) {
			where.add("a.kind = :kind").param("kind", search.kind().name());
		}
		if (search.unit() != null) {
			where.add("a.administrative_unit_id = :unit").param("unit", search.unit());
		}
		boolean backward = search.before() != null;
		if (search.after() != null) {
			where.add("a.code > :after").param("after", search.after());
		}
		if (backward) {
			where.add("a.code < :before").param("before", search.before());
		}
		List<AgencyRow> rows = jdbc.sql("""
				select a.id, a.code, a.name, a.short_name, a.kind, u.name as unit_name,
				       (a.valid_to is not null and a.valid_to < :today) as ended
				from organization_agency a
				left join organization_administrative_unit u on u.id = a.administrative_unit_id
				%s
				order by a.code %s
				limit %d""".formatted(where, backward ? "desc" : "asc", Page.SIZE + 1))
			.params(where.params())
			.query((rs, n) -> new AgencyRow(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
					rs.getString("short_name"), AgencyKind.valueOf(rs.getString("kind")), rs.getString("unit_name"),
					rs.getBoolean("ended")))
			.list();
		return Page.of(rows, backward, search.after() != null, AgencyRow::code);
	}

	Optional<AgencyView> agency(UUID id) {
		return jdbc.sql("""
				select a.*, u.name as unit_name, p.name as parent_name,
				       (a.valid_to is not null and a.valid_to < :today) as ended
				from organization_agency a
				left join organization_administrative_unit u on u.id = a.administrative_unit_id
				left join organization_agency p on p.id = a.parent_id
				where a.id = :id""")
			.param("id", id)
			.param("today", today())
			.query((rs, n) -> new AgencyView(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
					rs.getString("short_name"), AgencyKind.valueOf(rs.getString("kind")),
					nullableUuid(rs, "administrative_unit_id"), rs.getString("unit_name"),
					nullableUuid(rs, "parent_id"), rs.getString("parent_name"), date(rs, "valid_from"),
					rs.getObject("valid_to", LocalDate.class), rs.getLong("version"), rs.getBoolean("ended")))
			.optional();
	}

	List<DepartmentRow> departments(UUID agencyId) {
		return jdbc.sql("select id, code, name from organization_department where agency_id = :id order by code")
			.param("id", agencyId)
			.query((rs, n) -> new DepartmentRow(uuid(rs, "id"), rs.getString("code"), rs.getString("name")))
			.list();
	}

	/** People holding a post in the agency today, primary posts first. */
	List<PostRow> currentPosts(UUID agencyId) {
		return jdbc.sql("""
				select s.id, s.full_name, s.email, p.name as position_name, d.name as department_name, sa.is_primary
				from organization_staff_assignment sa
				join organization_staff s on s.id = sa.staff_id
				join organization_position p on p.id = sa.position_id
				left join organization_department d on d.id = sa.department_id
				where sa.agency_id = :id and sa.valid_from <= :today and (sa.valid_to is null or sa.valid_to >= :today)
				order by sa.is_primary desc, d.name nulls first, s.full_name
				limit 500""")
			.param("id", agencyId)
			.param("today", today())
			.query((rs, n) -> new PostRow(uuid(rs, "id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("position_name"), rs.getString("department_name"), rs.getBoolean("is_primary")))
			.list();
	}

	// --- administrative units

	record UnitRow(UUID id, String code, String name, AdministrativeLevel level, @Nullable String parentName,
			LocalDate validFrom, @Nullable LocalDate validTo, boolean ended, @Nullable String successors) {
	}

	record UnitView(UUID id, String code, String name, AdministrativeLevel level, @Nullable UUID parentId,
			@Nullable String parentName, LocalDate validFrom, @Nullable LocalDate validTo, long version,
			boolean ended) {
	}

	record SuccessionRow(UUID id, String code, String name, LocalDate effectiveDate) {
	}

	/** Units whose name or code matches, ended ones included (old commune names stay searchable). */
	Page<UnitRow> units(UnitSearch search) {
		var where = new Conditions(today());
		if (search.q() != null) {
			where.add("(organization_fold(u.name) like organization_fold(:pattern) or u.code like :codePrefix)");
			where.param("pattern", containsPattern(search.q()));
			where.param("codePrefix", prefixPattern(search.q()));
		}
		if (search.level() != null) {
			where.add("u.level = :level").param("level", search.level().name());
		}
		if (search.status() == UnitSearch.Status.CURRENT) {
			where.add("(u.valid_to is null or u.valid_to >= :today)");
		}
		else if (search.status() == UnitSearch.Status.ENDED) {
			where.add("u.valid_to < :today");
		}
		boolean backward = search.before() != null;
		if (search.after() != null) {
			where.add("u.code > :after").param("after", search.after());
		}
		if (backward) {
			where.add("u.code < :before").param("before", search.before());
		}
		List<UnitRow> rows = jdbc.sql("""
				select u.id, u.code, u.name, u.level, p.name as parent_name, u.valid_from, u.valid_to,
				       (u.valid_to is not null and u.valid_to < :today) as ended,
				       (select string_agg(s.name, ', ' order by s.name)
				          from organization_unit_succession us
				          join organization_administrative_unit s on s.id = us.successor_id
				         where us.predecessor_id = u.id) as successors
				from organization_administrative_unit u
				left join organization_administrative_unit p on p.id = u.parent_id
				%s
				order by u.code %s
				limit %d""".formatted(where, backward ? "desc" : "asc", Page.SIZE + 1))
			.params(where.params())
			.query((rs, n) -> new UnitRow(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
					AdministrativeLevel.valueOf(rs.getString("level")), rs.getString("parent_name"),
					date(rs, "valid_from"), rs.getObject("valid_to", LocalDate.class), rs.getBoolean("ended"),
					rs.getString("successors")))
			.list();
		return Page.of(rows, backward, search.after() != null, UnitRow::code);
	}

	Optional<UnitView> unit(UUID id) {
		return jdbc.sql("""
				select u.*, p.name as parent_name, (u.valid_to is not null and u.valid_to < :today) as ended
				from organization_administrative_unit u
				left join organization_administrative_unit p on p.id = u.parent_id
				where u.id = :id""")
			.param("id", id)
			.param("today", today())
			.query((rs, n) -> new UnitView(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
					AdministrativeLevel.valueOf(rs.getString("level")), nullableUuid(rs, "parent_id"),
					rs.getString("parent_name"), date(rs, "valid_from"), rs.getObject("valid_to", LocalDate.class),
					rs.getLong("version"), rs.getBoolean("ended")))
			.optional();
	}

	Optional<UUID> unitIdByCode(String code) {
		return jdbc.sql("select id from organization_administrative_unit where code = :code")
			.param("code", code)
			.query(UUID.class)
			.optional();
	}

	/** Units merged into {@code unitId}. */
	List<SuccessionRow> predecessors(UUID unitId) {
		return succession("us.predecessor_id", "us.successor_id", unitId);
	}

	/** Units {@code unitId} was merged into. */
	List<SuccessionRow> successors(UUID unitId) {
		return succession("us.successor_id", "us.predecessor_id", unitId);
	}

	private List<SuccessionRow> succession(String other, String self, UUID unitId) {
		return jdbc.sql("""
				select u.id, u.code, u.name, us.effective_date
				from organization_unit_succession us
				join organization_administrative_unit u on u.id = %s
				where %s = :id
				order by us.effective_date, u.code""".formatted(other, self))
			.param("id", unitId)
			.query((rs, n) -> new SuccessionRow(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
					date(rs, "effective_date")))
			.list();
	}

	List<AgencyRow> agenciesOfUnit(UUID unitId) {
		return agencies(new AgencySearch(null, null, unitId, null, null)).rows();
	}

	// --- positions and staff

	record PositionRow(UUID id, String code, String name, long holders) {
	}

	record StaffRow(UUID id, String fullName, String email, @Nullable String phone, @Nullable String agencyName,
			@Nullable String positionName) {
	}

	record StaffView(UUID id, String fullName, String email, @Nullable String phone, long version) {
	}

	record AssignmentRow(UUID agencyId, String agencyCode, String agencyName, @Nullable String departmentName,
			String positionName, LocalDate validFrom, @Nullable LocalDate validTo, boolean primary, boolean current) {
	}

	List<PositionRow> positions() {
		return jdbc.sql("""
				select p.id, p.code, p.name,
				       (select count(*) from organization_staff_assignment sa where sa.position_id = p.id
				         and sa.valid_from <= :today and (sa.valid_to is null or sa.valid_to >= :today)) as holders
				from organization_position p
				order by p.name""")
			.param("today", today())
			.query((rs, n) -> new PositionRow(uuid(rs, "id"), rs.getString("code"), rs.getString("name"),
					rs.getLong("holders")))
			.list();
	}

	/** Staff matching the search, by name then id, with their current primary post. */
	Page<StaffRow> staff(StaffSearch search) {
		var where = new Conditions(today());
		if (search.q() != null) {
			where.add("(organization_fold(s.full_name) like organization_fold(:pattern) or s.email like lower(:pattern))");
			where.param("pattern", containsPattern(search.q()));
		}
		if (search.agency() != null) {
			where.add("""
					exists (select 1 from organization_staff_assignment x where x.staff_id = s.id
					 and x.agency_id = :agency and x.valid_from <= :today and (x.valid_to is null or x.valid_to >= :today))""")
				.param("agency", search.agency());
		}
		boolean backward = search.before() != null;
		if (search.after() != null) {
			where.add("(s.full_name, s.id) > (select k.full_name, k.id from organization_staff k where k.id = :after)")
				.param("after", search.after());
		}
		if (backward) {
			where.add("(s.full_name, s.id) < (select k.full_name, k.id from organization_staff k where k.id = :before)")
				.param("before", search.before());
		}
		String direction = backward ? "desc" : "asc";
		List<StaffRow> rows = jdbc.sql("""
				select s.id, s.full_name, s.email, s.phone, cur.agency_name, cur.position_name
				from organization_staff s
				left join lateral (
				  select a.name as agency_name, p.name as position_name
				  from organization_staff_assignment sa
				  join organization_agency a on a.id = sa.agency_id
				  join organization_position p on p.id = sa.position_id
				  where sa.staff_id = s.id and sa.is_primary
				    and sa.valid_from <= :today and (sa.valid_to is null or sa.valid_to >= :today)
				  order by sa.valid_from desc limit 1) cur on true
				%s
				order by s.full_name %s, s.id %s
				limit %d""".formatted(where, direction, direction, Page.SIZE + 1))
			.params(where.params())
			.query((rs, n) -> new StaffRow(uuid(rs, "id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("phone"), rs.getString("agency_name"), rs.getString("position_name")))
			.list();
		return Page.of(rows, backward, search.after() != null, row -> row.id().toString());
	}

	Optional<StaffView> staffMember(UUID id) {
		return jdbc.sql("select id, full_name, email, phone, version from organization_staff where id = :id")
			.param("id", id)
			.query((rs, n) -> new StaffView(uuid(rs, "id"), rs.getString("full_name"), rs.getString("email"),
					rs.getString("phone"), rs.getLong("version")))
			.optional();
	}

	List<AssignmentRow> assignments(UUID staffId) {
		return jdbc.sql("""
				select a.id as agency_id, a.code, a.name as agency_name, d.name as department_name,
				       p.name as position_name, sa.valid_from, sa.valid_to, sa.is_primary,
				       (sa.valid_from <= :today and (sa.valid_to is null or sa.valid_to >= :today)) as current
				from organization_staff_assignment sa
				join organization_agency a on a.id = sa.agency_id
				join organization_position p on p.id = sa.position_id
				left join organization_department d on d.id = sa.department_id
				where sa.staff_id = :id
				order by sa.valid_from desc, sa.is_primary desc""")
			.param("id", staffId)
			.param("today", today())
			.query((rs, n) -> new AssignmentRow(uuid(rs, "agency_id"), rs.getString("code"),
					rs.getString("agency_name"), rs.getString("department_name"), rs.getString("position_name"),
					date(rs, "valid_from"), rs.getObject("valid_to", LocalDate.class), rs.getBoolean("is_primary"),
					rs.getBoolean("current")))
			.list();
	}

	// --- choices for forms

	record Option(UUID id, String label) {
	}

	/** Units valid today, provinces first, for selects. */
	List<Option> currentUnits() {
		return jdbc.sql("""
				select id, name, code from organization_administrative_unit
				where valid_to is null or valid_to >= :today
				order by case level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end, code
				limit 2000""")
			.param("today", today())
			.query((rs, n) -> new Option(uuid(rs, "id"), rs.getString("name") + " (" + rs.getString("code") + ")"))
			.list();
	}

	/** Every unit, for a parent select that may point to a former district. */
	List<Option> allUnits() {
		return jdbc.sql("""
				select id, name, code, valid_to from organization_administrative_unit
				order by case level when 'PROVINCE' then 0 when 'DISTRICT' then 1 else 2 end, code
				limit 5000""")
			.query((rs, n) -> new Option(uuid(rs, "id"), rs.getString("name") + " (" + rs.getString("code") + ")"))
			.list();
	}

	List<Option> currentAgencies() {
		return jdbc.sql("""
				select id, name, code from organization_agency
				where valid_to is null or valid_to >= :today
				order by code
				limit 5000""")
			.param("today", today())
			.query((rs, n) -> new Option(uuid(rs, "id"), rs.getString("name") + " (" + rs.getString("code") + ")"))
			.list();
	}

	List<Option> positionOptions() {
		return positions().stream().map(p -> new Option(p.id(), p.name())).toList();
	}

	/** Departments of current agencies, grouped by agency name (for an {@code optgroup} select). */
	Map<String, List<Option>> departmentsByAgency() {
		Map<String, List<Option>> groups = new LinkedHashMap<>();
		jdbc.sql("""
				select d.id, d.name, a.name as agency_name
				from organization_department d
				join organization_agency a on a.id = d.agency_id
				where a.valid_to is null or a.valid_to >= :today
				order by a.code, d.name
				limit 5000""")
			.param("today", today())
			.query((rs, n) -> Map.entry(rs.getString("agency_name"), new Option(uuid(rs, "id"), rs.getString("name"))))
			.list()
			.forEach(e -> groups.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
		return groups;
	}

	// --- helpers

	/**
	 * {@code %text%} with LIKE wildcards in the user's text taken literally; queries compare it with
	 * {@code organization_fold(:pattern)}, which keeps {@code %}, {@code _} and {@code \}.
	 */
	private static String containsPattern(String text) {
		return "%" + escapeLike(text.strip()) + "%";
	}

	private static String prefixPattern(String text) {
		return escapeLike(text.strip()) + "%";
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static UUID uuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static @Nullable UUID nullableUuid(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, UUID.class);
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}

	/** A {@code where} clause built from conditions, with their named parameters. */
	private static final class Conditions {

		private final List<String> conditions = new ArrayList<>();

		private final Map<String, Object> params = new HashMap<>();

		Conditions(LocalDate today) {
			params.put("today", today);
		}

		Conditions add(String condition) {
			conditions.add(condition);
			return this;
		}

		Conditions param(String name, Object value) {
			params.put(name, value);
			return this;
		}

		Map<String, Object> params() {
			return params;
		}

		@Override
		public String toString() {
			return conditions.isEmpty() ? "" : "where " + String.join(" and ", conditions);
		}
	}
}
