package org.openprovince.organization;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A staff member (cán bộ, công chức) and their assignments over time. Rule: whenever a staff member
 * holds any assignment, exactly one of those valid on a day is the primary one; primary
 * assignments never overlap.
 */
@Table("organization_staff")
class StaffMember {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{6,20}");

	private final @Id UUID id;

	private String fullName;

	private String email;

	private @Nullable String phone;

	private @Version long version;

	@MappedCollection(idColumn = "staff_id")
	private final Set<Assignment> assignments;

	@PersistenceCreator
	StaffMember(UUID id, String fullName, String email, @Nullable String phone, long version,
			Set<Assignment> assignments) {
		this.id = id;
		this.fullName = fullName;
		this.email = email;
		this.phone = phone;
		this.version = version;
		this.assignments = new HashSet<>(assignments);
	}

	static StaffMember create(StaffDetails details) {
		var staff = new StaffMember(UUID.randomUUID(), "", "", null, 0, Set.of());
		staff.change(details);
		return staff;
	}

	/** E-mail addresses are compared and stored in lower case. */
	static String normaliseEmail(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void change(StaffDetails details) {
		if (details.fullName().isBlank()) {
			throw new OrganizationException("organization.error.staff.name");
		}
		String normalisedEmail = normaliseEmail(details.email());
		if (!EMAIL.matcher(normalisedEmail).matches()) {
			throw new OrganizationException("organization.error.staff.email", details.email());
		}
		String normalisedPhone = details.phone() == null || details.phone().isBlank() ? null : details.phone().strip();
		if (normalisedPhone != null && !PHONE.matcher(normalisedPhone).matches()) {
			throw new OrganizationException("organization.error.staff.phone", normalisedPhone);
		}
		this.fullName = details.fullName().strip();
		this.email = normalisedEmail;
		this.phone = normalisedPhone;
	}

	/**
	 * Adds an assignment. The first current assignment must be primary; a later primary assignment
	 * ends the running primary one on the day before it starts, and may not start on or before the
	 * day that one started.
	 */
	UUID assign(AssignmentDetails details) {
		if (details.to() != null && details.to().isBefore(details.from())) {
			throw new OrganizationException("organization.error.validity", details.from(), details.to());
		}
		Optional<Assignment> overlappingPrimary = assignments.stream()
			.filter(Assignment::primary)
			.filter(a -> a.overlaps(details.from(), details.to()))
			.max(Comparator.comparing(Assignment::validFrom));
		if (details.primary()) {
			if (overlappingPrimary.isPresent()) {
				Assignment previous = overlappingPrimary.get();
				boolean endsRunningOne = previous.validFrom().isBefore(details.from())
						&& assignments.stream()
							.filter(a -> a != previous && a.primary())
							.noneMatch(a -> a.overlaps(details.from(), details.to()));
				if (!endsRunningOne) {
					throw new OrganizationException("organization.error.assignment.primaryOverlap", previous.validFrom());
				}
				previous.endOn(details.from().minusDays(1));
			}
		}
		else if (!coveredByPrimary(details.from(), details.to())) {
			throw new OrganizationException("organization.error.assignment.primaryRequired");
		}
		var assignment = new Assignment(UUID.randomUUID(), details.agencyId().value(),
				details.departmentId() == null ? null : details.departmentId().value(), details.positionId().value(),
				details.from(), details.to(), details.primary());
		assignments.add(assignment);
		return assignment.id;
	}

	/** Whether primary assignments cover every day of the period (open-ended when {@code to} is null). */
	private boolean coveredByPrimary(LocalDate from, @Nullable LocalDate to) {
		LocalDate day = from;
		var primaries = assignments.stream()
			.filter(Assignment::primary)
			.sorted(Comparator.comparing(Assignment::validFrom))
			.toList();
		for (Assignment primary : primaries) {
			if (primary.validFrom().isAfter(day)) {
				return false;
			}
			if (primary.validTo() == null) {
				return true;
			}
			if (!primary.validTo().isBefore(day)) {
				day = primary.validTo().plusDays(1);
				if (to != null && day.isAfter(to)) {
					return true;
				}
			}
		}
		return false;
	}

	Optional<Assignment> primaryOn(LocalDate day) {
		return assignments.stream().filter(a -> a.primary() && a.isValidOn(day)).findFirst();
	}

	StaffId id() {
		return new StaffId(id);
	}

	String fullName() {
		return fullName;
	}

	String email() {
		return email;
	}

	long version() {
		return version;
	}

	Set<Assignment> assignments() {
		return Set.copyOf(assignments);
	}

	/** One post held over a period; part of the staff aggregate. */
	@Table("organization_staff_assignment")
	static final class Assignment {

		private final @Id UUID id;

		private final UUID agencyId;

		private final @Nullable UUID departmentId;

		private final UUID positionId;

		private final LocalDate validFrom;

		private @Nullable LocalDate validTo;

		@Column("is_primary")
		private final boolean primary;

		@PersistenceCreator
		Assignment(UUID id, UUID agencyId, @Nullable UUID departmentId, UUID positionId, LocalDate validFrom,
				@Nullable LocalDate validTo, boolean primary) {
			this.id = id;
			this.agencyId = agencyId;
			this.departmentId = departmentId;
			this.positionId = positionId;
			this.validFrom = validFrom;
			this.validTo = validTo;
			this.primary = primary;
		}

		boolean overlaps(LocalDate from, @Nullable LocalDate to) {
			return (validTo == null || !validTo.isBefore(from)) && (to == null || !validFrom.isAfter(to));
		}

		boolean isValidOn(LocalDate day) {
			return overlaps(day, day);
		}

		private void endOn(LocalDate lastDay) {
			this.validTo = lastDay;
		}

		UUID id() {
			return id;
		}

		AgencyId agencyId() {
			return new AgencyId(agencyId);
		}

		@Nullable UUID departmentId() {
			return departmentId;
		}

		UUID positionId() {
			return positionId;
		}

		LocalDate validFrom() {
			return validFrom;
		}

		@Nullable LocalDate validTo() {
			return validTo;
		}

		boolean primary() {
			return primary;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Assignment that && Objects.equals(id, that.id);
		}

		@Override
		public int hashCode() {
			return id.hashCode();
		}
	}
}
