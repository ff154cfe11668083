package org.openprovince.organization;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An administrative unit (đơn vị hành chính: tỉnh, huyện, xã) valid over a period. Units are never
 * deleted: a merge ends the old units and links them to their successor, so a dossier or a
 * document that names an old commune can still be understood. The unit keeps the links to the
 * units it succeeded ({@link Succession}).
 */
@Table("organization_administrative_unit")
class AdministrativeUnit {

	private final @Id UUID id;

	private final String code;

	private String name;

	private final AdministrativeLevel level;

	private @Nullable UUID parentId;

	private final LocalDate validFrom;

	private @Nullable LocalDate validTo;

	private @Version long version;

	@MappedCollection(idColumn = "successor_id")
	private final Set<Succession> predecessors;

	@PersistenceCreator
	AdministrativeUnit(UUID id, String code, String name, AdministrativeLevel level, @Nullable UUID parentId,
			LocalDate validFrom, @Nullable LocalDate validTo, long version, Set<Succession> predecessors) {
		this.id = id;
		this.code = code;
		this.name = name;
		this.level = level;
		this.parentId = parentId;
		this.validFrom = validFrom;
		this.validTo = validTo;
		this.version = version;
		this.predecessors = new HashSet<>(predecessors);
	}

	/**
	 * A new unit. The official code must have the number of digits of its level; a province has no
	 * parent, a district sits under a province, a commune under a province or (before 2025) a district.
	 */
	static AdministrativeUnit create(String code, String name, AdministrativeLevel level,
			@Nullable AdministrativeUnit parent, LocalDate validFrom, @Nullable LocalDate validTo) {
		String checkedCode = checkCode(code, level);
		var unit = new AdministrativeUnit(UUID.randomUUID(), checkedCode, checkName(name), level, null, validFrom,
				null, 0, Set.of());
		unit.moveUnder(parent);
		unit.endOn(validTo);
		return unit;
	}

	static String checkCode(@Nullable String code, AdministrativeLevel level) {
		String value = code == null ? "" : code.strip();
		if (value.length() != level.codeLength() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new OrganizationException("organization.error.unit.code", level.codeLength(), level);
		}
		return value;
	}

	/** Renames the unit, moves it under another parent and sets or clears the end of its validity. */
	void edit(String newName, @Nullable AdministrativeUnit parent, @Nullable LocalDate newValidTo,
			boolean hasSuccessors) {
		if (hasSuccessors && !Objects.equals(newValidTo, validTo)) {
			throw new OrganizationException("organization.error.unit.mergedValidity", name);
		}
		this.name = checkName(newName);
		moveUnder(parent);
		endOn(newValidTo);
	}

	/**
	 * Records a merge (sáp nhập): the {@code merged} units end the day before {@code effectiveDate}
	 * and this unit succeeds them from that date. All checks pass before anything changes.
	 */
	void absorb(List<AdministrativeUnit> merged, LocalDate effectiveDate) {
		if (merged.isEmpty()) {
			throw new OrganizationException("organization.error.merge.empty");
		}
		if (merged.stream().map(unit -> unit.id).distinct().count() != merged.size()) {
			throw new OrganizationException("organization.error.merge.repeated");
		}
		merged.forEach(unit -> checkMayAbsorb(unit, effectiveDate));
		for (AdministrativeUnit unit : merged) {
			unit.validTo = effectiveDate.minusDays(1);
			predecessors.add(new Succession(unit.id, effectiveDate));
		}
	}

	/**
	 * Both units must be at the same level, the predecessor must be valid until the day before the
	 * effective date and not have ended on another day, and this unit must be valid on the
	 * effective date. A predecessor may be split among several successors on the same date.
	 */
	private void checkMayAbsorb(AdministrativeUnit predecessor, LocalDate effectiveDate) {
		if (predecessor.id.equals(id)) {
			throw new OrganizationException("organization.error.merge.self", name);
		}
		if (predecessor.level != level) {
			throw new OrganizationException("organization.error.merge.level", predecessor.name,
					predecessor.level, name, level);
		}
		if (predecessors.stream().anyMatch(s -> s.predecessorId().equals(predecessor.id))) {
			throw new OrganizationException("organization.error.merge.duplicate", predecessor.name, name);
		}
		if (validFrom.isAfter(effectiveDate)) {
			throw new OrganizationException("organization.error.merge.successorNotYetValid", name, validFrom,
					effectiveDate);
		}
		if (validTo != null && validTo.isBefore(effectiveDate)) {
			throw new OrganizationException("organization.error.merge.successorEnded", name, validTo);
		}
		LocalDate lastDay = effectiveDate.minusDays(1);
		if (predecessor.validFrom.isAfter(lastDay)) {
			throw new OrganizationException("organization.error.merge.predecessorTooNew", predecessor.name,
					predecessor.validFrom, effectiveDate);
		}
		if (predecessor.validTo != null && !predecessor.validTo.equals(lastDay)) {
			throw new OrganizationException("organization.error.merge.predecessorValidity", predecessor.name,
					predecessor.validTo, effectiveDate);
		}
	}

	boolean isValidOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}

	private void moveUnder(@Nullable AdministrativeUnit parent) {
		if (parent == null) {
			if (level != AdministrativeLevel.PROVINCE) {
				throw new OrganizationException("organization.error.unit.parentRequired", level);
			}
			this.parentId = null;
			return;
		}
		if (!level.mayBeUnder(parent.level)) {
			throw new OrganizationException("organization.error.unit.parentLevel", level,
					parent.level);
		}
		this.parentId = parent.id;
	}

	private void endOn(@Nullable LocalDate newValidTo) {
		if (newValidTo != null && newValidTo.isBefore(validFrom)) {
			throw new OrganizationException("organization.error.validity", validFrom, newValidTo);
		}
		this.validTo = newValidTo;
	}

	private static String checkName(@Nullable String name) {
		if (name == null || name.isBlank()) {
			throw new OrganizationException("organization.error.unit.name");
		}
		return name.strip();
	}


	AdministrativeUnitId id() {
		return new AdministrativeUnitId(id);
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	AdministrativeLevel level() {
		return level;
	}

	@Nullable AdministrativeUnitId parentId() {
		return parentId == null ? null : new AdministrativeUnitId(parentId);
	}

	LocalDate validFrom() {
		return validFrom;
	}

	@Nullable LocalDate validTo() {
		return validTo;
	}

	long version() {
		return version;
	}

	Set<Succession> predecessors() {
		return Set.copyOf(predecessors);
	}

	/** Link from the successor unit to one unit merged into it, from {@code effectiveDate}. */
	@Table("organization_unit_succession")
	record Succession(UUID predecessorId, LocalDate effectiveDate) {
	}
}
