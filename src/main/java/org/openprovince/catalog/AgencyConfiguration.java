package org.openprovince.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.StaffId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How one competent agency handles one procedure version: who receives (exactly one default receiving
 * agency) and the internal process, whose budgets must add up to the version's time limit whenever
 * someone saves it. A configuration copied into a new version keeps its process even when the new
 * time limit differs, so nothing is lost; it then shows as not fitting until adjusted.
 */
@Table("catalog_agency_setup")
class AgencyConfiguration {

	private final @Id UUID id;

	private final UUID versionId;

	private final UUID procedureId;

	private final UUID competentAgencyId;

	private final String competentAgencyCode;

	private final String competentAgencyName;

	private @Version long version;

	@MappedCollection(idColumn = "setup_id", keyColumn = "idx")
	private List<ReceiverRow> receivers;

	@MappedCollection(idColumn = "setup_id", keyColumn = "idx")
	private List<StepRow> steps;

	@PersistenceCreator
	AgencyConfiguration(UUID id, UUID versionId, UUID procedureId, UUID competentAgencyId, String competentAgencyCode,
			String competentAgencyName, long version, List<ReceiverRow> receivers, List<StepRow> steps) {
		this.id = id;
		this.versionId = versionId;
		this.procedureId = procedureId;
		this.competentAgencyId = competentAgencyId;
		this.competentAgencyCode = competentAgencyCode;
		this.competentAgencyName = competentAgencyName;
		this.version = version;
		this.receivers = new ArrayList<>(receivers);
		this.steps = new ArrayList<>(steps);
	}

	/**
	 * @throws CatalogException when the receivers break the rules of {@link #changeReceivers} or the
	 * process does not fit {@code limit}
	 */
	static AgencyConfiguration create(ProcedureVersionId versionId, ProcedureId procedureId, AgencyRef competent,
			List<Receiver> receivers, InternalProcess process, TimeLimit limit) {
		var configuration = new AgencyConfiguration(UUID.randomUUID(), versionId.value(), procedureId.value(),
				competent.id().value(), competent.code().value(), competent.name(), 0, List.of(), List.of());
		configuration.changeReceivers(receivers);
		configuration.changeProcess(process, limit);
		return configuration;
	}

	/** The same configuration for another version, process included as it is. */
	AgencyConfiguration copyTo(ProcedureVersionId otherVersion) {
		return new AgencyConfiguration(UUID.randomUUID(), otherVersion.value(), procedureId, competentAgencyId,
				competentAgencyCode, competentAgencyName, 0, receivers, steps);
	}

	/**
	 * @throws CatalogException when there is no receiver, one appears twice, or there is not exactly one
	 * default
	 */
	void changeReceivers(List<Receiver> newReceivers) {
		if (newReceivers.isEmpty()) {
			throw new CatalogException("catalog.error.receivers.required");
		}
		Set<AgencyId> seen = new HashSet<>();
		for (Receiver receiver : newReceivers) {
			if (!seen.add(receiver.agency().id())) {
				throw new CatalogException("catalog.error.receivers.duplicate", receiver.agency().name());
			}
		}
		if (newReceivers.stream().filter(Receiver::isDefault).count() != 1) {
			throw new CatalogException("catalog.error.receivers.oneDefault");
		}
		this.receivers = new ArrayList<>(newReceivers.stream().map(ReceiverRow::of).toList());
	}

	/** @throws CatalogException when the budgets do not add up to {@code limit} */
	void changeProcess(InternalProcess process, TimeLimit limit) {
		process.checkFits(limit);
		this.steps = new ArrayList<>(process.steps().stream().map(StepRow::of).toList());
	}

	AgencySetup view(TimeLimit limit) {
		InternalProcess process = process();
		return new AgencySetup(competent(), receivers.stream().map(ReceiverRow::toReceiver).toList(), process, version,
				process.fits(limit));
	}

	InternalProcess process() {
		return new InternalProcess(steps.stream().map(StepRow::toStep).toList());
	}

	AgencyRef competent() {
		return new AgencyRef(new AgencyId(competentAgencyId), new AgencyCode(competentAgencyCode), competentAgencyName);
	}

	UUID id() {
		return id;
	}

	long version() {
		return version;
	}

	@Table("catalog_setup_receiver")
	record ReceiverRow(UUID agencyId, String agencyCode, String agencyName, boolean isDefault, @Nullable UUID officerId,
			@Nullable String officerName) {

		static ReceiverRow of(Receiver receiver) {
			return new ReceiverRow(receiver.agency().id().value(), receiver.agency().code().value(),
					receiver.agency().name(), receiver.isDefault(),
					receiver.officer() == null ? null : receiver.officer().value(), receiver.officerName());
		}

		Receiver toReceiver() {
			return new Receiver(new AgencyRef(new AgencyId(agencyId), new AgencyCode(agencyCode), agencyName), isDefault,
					officerId == null ? null : new StaffId(officerId), officerName);
		}
	}

	@Table("catalog_process_step")
	record StepRow(String name, String positionCode, String unit, @Nullable String departmentCode,
			BigDecimal budgetHours, int status, boolean mayReturn) {

		static StepRow of(ProcessStep step) {
			return new StepRow(step.name(), step.positionCode(), step.unit().name(), step.departmentCode(),
					step.budget().hours(), step.status().code(), step.mayReturn());
		}

		ProcessStep toStep() {
			return new ProcessStep(name, positionCode, StepUnit.valueOf(unit), departmentCode,
					new WorkingHours(budgetHours), DvcqgStatus.ofCode(status), mayReturn);
		}
	}
}
