package org.openprovince.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency (cơ quan): a People's Committee, a department (sở), a service center… identified by its
 * {@link AgencyCode}, valid over a period, with its internal departments (phòng, ban).
 */
@Table("organization_agency")
class Agency {

	private static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,19}");

	private final @Id UUID id;

	private String code;

	private String name;

	private @Nullable String shortName;

	private AgencyKind kind;

	private @Nullable UUID administrativeUnitId;

	private @Nullable UUID parentId;

	private LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Version long version;

	@MappedCollection(idColumn = "agency_id")
	private final Set<Department> departments;

	@PersistenceCreator
	Agency(UUID id, String code, String name, @Nullable String shortName, AgencyKind kind,
			@Nullable UUID administrativeUnitId, @Nullable UUID parentId, LocalDate validFrom,
			@Nullable LocalDate validTo, long version, Set<Department> departments) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.shortName = shortName;
		this.kind = kind;
		this.administrativeUnitId = administrativeUnitId;
		this.parentId = parentId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.version = version;
		this.departments = new HashSet<>(departments);
	}

	/**
	 * A new agency. Its unit, when given, must be at the level its kind serves (a commune service
	 * center belongs to a commune); the parent agency is checked by {@link #changeParent}.
	 */
	static Agency create(AgencyDetails details, @Nullable AdministrativeUnit unit) {
		var agency = new Agency(UUID.randomUUID(), details.code().value(), details.name(), null, details.kind(), null,
				null, details.validFrom(), null, 0, Set.of());
		agency.change(details, unit);
		return agency;
	}

	/** Applies edited details except the parent (see {@link #changeParent}). */
	void change(AgencyDetails details, @Nullable AdministrativeUnit unit) {
		if (details.name().isBlank()) {
			throw new OrganizationException("organization.error.agency.name");
		}
		if (details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
			throw new OrganizationException("organization.error.validity", details.validFrom(), details.validTo());
		}
		AdministrativeLevel expected = details.kind().unitLevel();
		if (unit != null && expected != null && unit.level() != expected) {
			throw new OrganizationException("organization.error.agency.unitLevel", details.kind(), expected,
					unit.name());
		}
		this.code = details.code().value();
		this.name = details.name().strip();
		this.shortName = details.shortName() == null || details.shortName().isBlank() ? null
				: details.shortName().strip();
		this.kind = details.kind();
		this.administrativeUnitId = unit == null ? null : unit.id().value();
		this.validFrom = details.validFrom();
		this.validTo = details.validTo();
	}

	/**
	 * Places the agency under {@code parent}. {@code ancestorsOfParent} are the parent's own
	 * ancestors, nearest first, so that an agency never ends up above itself.
	 */
	void changeParent(@Nullable Agency parent, Iterable<UUID> ancestorsOfParent) {
		if (parent == null) {
			this.parentId = null;
			return;
		}
		if (parent.id.equals(id)) {
			throw new OrganizationException("organization.error.agency.parentSelf");
		}
		for (UUID ancestor : ancestorsOfParent) {
			if (ancestor.equals(id)) {
				throw new OrganizationException("organization.error.agency.parentCycle", parent.name);
			}
		}
		this.parentId = parent.id;
	}

	/** Adds a department (phòng, ban); its code is unique within the agency. */
	DepartmentId addDepartment(String departmentCode, String departmentName) {
		String normalised = departmentCode.strip().toUpperCase(Locale.ROOT);
		if (!DEPARTMENT_CODE.matcher(normalised).matches()) {
			throw new OrganizationException("organization.error.department.code");
		}
		if (departmentName.isBlank()) {
			throw new OrganizationException("organization.error.department.name");
		}
		if (departments.stream().anyMatch(d -> d.code().equals(normalised))) {
			throw new OrganizationException("organization.error.department.duplicate", normalised, name);
		}
		var department = new Department(UUID.randomUUID(), normalised, departmentName.strip());
		departments.add(department);
		return department.id();
	}

	void renameDepartment(DepartmentId departmentId, String newName) {
		if (newName.isBlank()) {
			throw new OrganizationException("organization.error.department.name");
		}
		department(departmentId)
			.orElseThrow(() -> new OrganizationException("organization.error.department.notFound", name))
			.rename(newName.strip());
	}

	Optional<Department> department(DepartmentId departmentId) {
		return departments.stream().filter(d -> d.id().equals(departmentId)).findFirst();
	}

	boolean isValidOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}

	AgencyId id() {
		return new AgencyId(id);
	}

	AgencyCode code() {
		return new AgencyCode(code);
	}

	String name() {
		return name;
	}

	@Nullable UUID parentId() {
		return parentId;
	}

	long version() {
		return version;
	}

	/** A department (phòng, ban) inside the agency; part of the agency aggregate. */
	@Table("organization_department")
	static class Department {

		private final @Id UUID id;

		private final String code;

		private String name;

		@PersistenceCreator
		Department(UUID id, String code, String name) {
			this.id = id;
			this.code = code;
			this.name = name;
		}

		DepartmentId id() {
			return new DepartmentId(id);
		}

		String code() {
			return code;
		}

		String name() {
			return name;
		}

		private void rename(String newName) {
			this.name = newName;
		}
	}
}
