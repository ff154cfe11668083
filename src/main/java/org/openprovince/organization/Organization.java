package org.openprovince.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.platform.VietnamTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation directory: look-ups for other modules (who is this staff member, which agency
 * is this) and the commands of the administrator pages and the demo loader. Every command checks
 * the rules of the aggregates it changes, throws {@link OrganizationException} with a
 * Vietnamese sentence when one fails, and writes an audit entry in the same transaction.
 * Commands taking a {@code version} throw {@link OptimisticLockingFailureException} when someone
 * else changed the record since it was read.
 */
@Service
public class Organization {

	private static final int MAX_DEPTH = 50;

	private final AdministrativeUnits units;

	private final Agencies agencies;

	private final Positions positions;

	private final StaffMembers staff;

	private final JdbcClient jdbc;

	private final AuditTrail auditTrail;

	private final Clock clock;

	Organization(AdministrativeUnits units, Agencies agencies, Positions positions, StaffMembers staff,
			JdbcClient jdbc, AuditTrail auditTrail, Clock clock) {
		this.units = units;
		this.agencies = agencies;
		this.positions = positions;
		this.staff = staff;
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	// --- queries

	@Transactional(readOnly = true)
	public Optional<AgencySummary> findAgency(AgencyId id) {
		return jdbc.sql(AGENCY_SQL + " where id = :id").param("id", id.value()).query(Organization::agency).optional();
	}

	/** Agencies in force on {@code on}, by name: for pick lists of other modules. */
	@Transactional(readOnly = true)
	public List<AgencySummary> currentAgencies(LocalDate on) {
		return jdbc.sql(AGENCY_SQL + " where valid_from <= :on and (valid_to is null or valid_to >= :on) order by name")
			.param("on", on)
			.query(Organization::agency)
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<AgencySummary> findAgencyByCode(AgencyCode code) {
		return jdbc.sql(AGENCY_SQL + " where code = :code")
			.param("code", code.value())
			.query(Organization::agency)
			.optional();
	}

	/**
	 * The staff member with their current primary assignment; empty when unknown or when they hold
	 * no primary assignment today (not yet assigned, or left).
	 */
	@Transactional(readOnly = true)
	public Optional<StaffSummary> findStaff(StaffId id) {
		return staffSummary("s.id = :key", id.value());
	}

	/** Like {@link #findStaff}, by official e-mail (compared without regard to case). */
	@Transactional(readOnly = true)
	public Optional<StaffSummary> findStaffByEmail(String email) {
		return staffSummary("s.email = :key", StaffMember.normaliseEmail(email));
	}

	// --- administrative units

	@Transactional
	public AdministrativeUnitId createUnit(UnitDetails details) {
		AdministrativeUnit parent = details.parentId() == null ? null : unit(details.parentId());
		var unit = AdministrativeUnit.create(details.code(), details.name(), details.level(), parent,
				details.validFrom(), details.validTo());
		if (units.existsByCode(unit.code())) {
			throw new OrganizationException("organization.error.unit.duplicateCode", unit.code());
		}
		saveUnit(unit);
		audit("organization.unit.created", "AdministrativeUnit", unit.id().toString(), "code", unit.code(), "name",
				unit.name(), "level", unit.level(), "validFrom", unit.validFrom(), "validTo", unit.validTo());
		return unit.id();
	}

	/** Renames a unit, moves it under another parent or changes the end of its validity. */
	@Transactional
	public void editUnit(AdministrativeUnitId id, long version, String name, @Nullable AdministrativeUnitId parentId,
			@Nullable LocalDate validTo) {
		var unit = unit(id);
		checkVersion(unit.version(), version);
		AdministrativeUnit parent = parentId == null ? null : unit(parentId);
		if (parent != null && parent.id().equals(id)) {
			throw new OrganizationException("organization.error.unit.parentSelf");
		}
		unit.edit(name, parent, validTo, units.hasSuccessor(id.value()));
		units.save(unit);
		audit("organization.unit.edited", "AdministrativeUnit", id.toString(), "code", unit.code(), "name",
				unit.name(), "validTo", unit.validTo());
	}

	/**
	 * Records a merge (sáp nhập): the {@code merged} units end on the day before {@code effectiveDate}
	 * and {@code successor} succeeds them from that date, e.g. two communes ended on 30/6/2025 and
	 * their successor valid from 1/7/2025.
	 */
	@Transactional
	public void recordMerge(List<AdministrativeUnitId> merged, AdministrativeUnitId successor,
			LocalDate effectiveDate) {
		var successorUnit = unit(successor);
		List<AdministrativeUnit> mergedUnits = merged.stream().map(this::unit).toList();
		successorUnit.absorb(mergedUnits, effectiveDate);
		mergedUnits.forEach(units::save);
		units.save(successorUnit);
		audit("organization.unit.merged", "AdministrativeUnit", successor.toString(), "successor",
				successorUnit.code(), "merged", mergedUnits.stream().map(AdministrativeUnit::code).toList(),
				"effectiveDate", effectiveDate);
	}

	// --- agencies

	@Transactional
	public AgencyId createAgency(AgencyDetails details) {
		if (agencies.existsByCode(details.code().value())) {
			throw duplicateAgencyCode(details.code());
		}
		var agency = Agency.create(details, optionalUnit(details.administrativeUnitId()));
		placeUnderParent(agency, details.parentId());
		try {
			agencies.save(agency);
		}
		catch (DuplicateKeyException ex) {
			throw duplicateAgencyCode(details.code());
		}
		audit("organization.agency.created", "Agency", agency.id().toString(), "code", details.code().value(),
				"name", agency.name(), "kind", details.kind());
		return agency.id();
	}

	@Transactional
	public void editAgency(AgencyId id, long version, AgencyDetails details) {
		var agency = agency(id);
		checkVersion(agency.version(), version);
		if (agencies.existsByCodeAndIdNot(details.code().value(), id.value())) {
			throw duplicateAgencyCode(details.code());
		}
		agency.change(details, optionalUnit(details.administrativeUnitId()));
		placeUnderParent(agency, details.parentId());
		try {
			agencies.save(agency);
		}
		catch (DuplicateKeyException ex) {
			throw duplicateAgencyCode(details.code());
		}
		audit("organization.agency.edited", "Agency", id.toString(), "code", details.code().value(), "name",
				agency.name(), "kind", details.kind());
	}

	/** Adds a department (phòng, ban) to an agency. */
	@Transactional
	public DepartmentId addDepartment(AgencyId agencyId, String code, String name) {
		var agency = agency(agencyId);
		DepartmentId departmentId = agency.addDepartment(code, name);
		agencies.save(agency);
		audit("organization.department.added", "Agency", agencyId.toString(), "departmentId",
				departmentId.toString(), "code", agency.department(departmentId).orElseThrow().code(), "name",
				name.strip());
		return departmentId;
	}

	@Transactional
	public void renameDepartment(AgencyId agencyId, DepartmentId departmentId, String name) {
		var agency = agency(agencyId);
		agency.renameDepartment(departmentId, name);
		agencies.save(agency);
		audit("organization.department.renamed", "Agency", agencyId.toString(), "departmentId",
				departmentId.toString(), "name", name.strip());
	}

	// --- positions

	@Transactional
	public PositionId createPosition(String code, String name) {
		var position = Position.create(code, name);
		if (positions.existsByCode(position.code())) {
			throw new OrganizationException("organization.error.position.duplicateCode", position.code());
		}
		try {
			positions.save(position);
		}
		catch (DuplicateKeyException ex) {
			throw new OrganizationException("organization.error.position.duplicateCode", position.code());
		}
		audit("organization.position.created", "Position", position.id().toString(), "code", position.code(),
				"name", position.name());
		return position.id();
	}

	// --- staff

	@Transactional
	public StaffId createStaff(StaffDetails details) {
		var member = StaffMember.create(details);
		if (staff.existsByEmail(member.email())) {
			throw duplicateEmail(member.email());
		}
		try {
			staff.save(member);
		}
		catch (DuplicateKeyException ex) {
			throw duplicateEmail(member.email());
		}
		audit("organization.staff.created", "Staff", member.id().toString(), "fullName", member.fullName(),
				"email", member.email());
		return member.id();
	}

	@Transactional
	public void editStaff(StaffId id, long version, StaffDetails details) {
		var member = staffMember(id);
		checkVersion(member.version(), version);
		member.change(details);
		if (staff.existsByEmailAndIdNot(member.email(), id.value())) {
			throw duplicateEmail(member.email());
		}
		try {
			staff.save(member);
		}
		catch (DuplicateKeyException ex) {
			throw duplicateEmail(member.email());
		}
		audit("organization.staff.edited", "Staff", id.toString(), "fullName", member.fullName(), "email",
				member.email());
	}

	/**
	 * Assigns a staff member to a position in an agency, optionally in one of its departments. The
	 * agency must exist on the first day of the assignment.
	 */
	@Transactional
	public void assignStaff(StaffId id, AssignmentDetails details) {
		var member = staffMember(id);
		var agency = agency(details.agencyId());
		if (!agency.isValidOn(details.from())) {
			throw new OrganizationException("organization.error.assignment.agencyNotValid", agency.name(),
					details.from());
		}
		String departmentName = null;
		if (details.departmentId() != null) {
			departmentName = agency.department(details.departmentId())
				.orElseThrow(() -> new OrganizationException("organization.error.department.notFound", agency.name()))
				.name();
		}
		var position = positions.findById(details.positionId().value())
			.orElseThrow(() -> new OrganizationException("organization.error.position.notFound"));
		UUID assignmentId = member.assign(details);
		staff.save(member);
		audit("organization.staff.assigned", "Staff", id.toString(), "assignmentId", assignmentId, "agency",
				agency.code().value(), "department", departmentName, "position", position.code(), "from",
				details.from(), "to", details.to(), "primary", details.primary());
	}

	// --- helpers

	private Optional<StaffSummary> staffSummary(String condition, Object key) {
		return jdbc.sql("""
				select s.id, s.full_name, s.email, a.id as agency_id, a.name as agency_name, a.code as agency_code,
				       d.id as department_id, d.name as department_name, p.name as position_name
				from organization_staff s
				join organization_staff_assignment sa on sa.staff_id = s.id and sa.is_primary
				 and sa.valid_from <= :today and (sa.valid_to is null or sa.valid_to >= :today)
				join organization_agency a on a.id = sa.agency_id
				join organization_position p on p.id = sa.position_id
				left join organization_department d on d.id = sa.department_id
				where %s
				order by sa.valid_from desc
				limit 1""".formatted(condition))
			.param("key", key)
			.param("today", today())
			.query((rs, row) -> new StaffSummary(new StaffId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
					rs.getString("email"), new AgencyId(rs.getObject("agency_id", UUID.class)),
					rs.getString("agency_name"), new AgencyCode(rs.getString("agency_code")),
					nullableId(rs, "department_id", DepartmentId::new), rs.getString("department_name"),
					rs.getString("position_name")))
			.optional();
	}

	private static final String AGENCY_SQL = """
			select id, code, name, short_name, kind, administrative_unit_id, parent_id, valid_from, valid_to
			from organization_agency""";

	private static AgencySummary agency(ResultSet rs, int row) throws SQLException {
		LocalDate validTo = rs.getObject("valid_to", LocalDate.class);
		return new AgencySummary(new AgencyId(rs.getObject("id", UUID.class)), new AgencyCode(rs.getString("code")),
				rs.getString("name"), rs.getString("short_name"), AgencyKind.valueOf(rs.getString("kind")),
				nullableId(rs, "administrative_unit_id", AdministrativeUnitId::new),
				nullableId(rs, "parent_id", AgencyId::new), rs.getObject("valid_from", LocalDate.class), validTo);
	}

	private static <T> @Nullable T nullableId(ResultSet rs, String column, java.util.function.Function<UUID, T> id)
			throws SQLException {
		UUID value = rs.getObject(column, UUID.class);
		return value == null ? null : id.apply(value);
	}

	private void placeUnderParent(Agency agency, @Nullable AgencyId parentId) {
		if (parentId == null) {
			agency.changeParent(null, List.of());
			return;
		}
		var parent = agency(parentId);
		List<UUID> ancestors = new ArrayList<>();
		UUID next = parent.parentId();
		while (next != null && ancestors.size() < MAX_DEPTH && !ancestors.contains(next)) {
			ancestors.add(next);
			next = agencies.findById(next).map(Agency::parentId).orElse(null);
		}
		agency.changeParent(parent, ancestors);
	}

	private void saveUnit(AdministrativeUnit unit) {
		try {
			units.save(unit);
		}
		catch (DuplicateKeyException ex) {
			throw new OrganizationException("organization.error.unit.duplicateCode", unit.code());
		}
	}

	private AdministrativeUnit unit(AdministrativeUnitId id) {
		return units.findById(id.value())
			.orElseThrow(() -> new OrganizationException("organization.error.unit.notFound"));
	}

	private @Nullable AdministrativeUnit optionalUnit(@Nullable AdministrativeUnitId id) {
		return id == null ? null : unit(id);
	}

	private Agency agency(AgencyId id) {
		return agencies.findById(id.value())
			.orElseThrow(() -> new OrganizationException("organization.error.agency.notFound"));
	}

	private StaffMember staffMember(StaffId id) {
		return staff.findById(id.value())
			.orElseThrow(() -> new OrganizationException("organization.error.staff.notFound"));
	}

	private static void checkVersion(long current, long expected) {
		if (current != expected) {
			throw new OptimisticLockingFailureException(
					"Changed by someone else: version " + current + ", expected " + expected);
		}
	}

	private static OrganizationException duplicateAgencyCode(AgencyCode code) {
		return new OrganizationException("organization.error.agency.duplicateCode", code.value());
	}

	private static OrganizationException duplicateEmail(String email) {
		return new OrganizationException("organization.error.staff.duplicateEmail", email);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}

	/** Audit details from key/value pairs; {@code null} values are left out, others are strings. */
	private void audit(String action, String targetType, String targetId, @Nullable Object... keysAndValues) {
		Map<String, Object> details = new HashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			Object value = keysAndValues[i + 1];
			if (value != null) {
				details.put(String.valueOf(keysAndValues[i]),
						value instanceof List<?> list ? list.stream().map(String::valueOf).toList() : String.valueOf(value));
			}
		}
		auditTrail.record(action, targetType, targetId, details);
	}
}
