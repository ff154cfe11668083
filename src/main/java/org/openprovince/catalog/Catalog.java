package org.openprovince.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencyKind;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.openprovince.organization.StaffSummary;
import org.openprovince.platform.VietnamTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The procedure catalog (danh mục thủ tục hành chính): look-ups for other modules — above all
 * {@link #versionInForce}, the version a dossier keeps from its reception — and the commands of the
 * administrator pages, the importers and the demo loader. Commands check the rules of the aggregates,
 * throw {@link CatalogException} with a Vietnamese sentence when one fails, and write an audit entry in
 * the same transaction. Commands taking an expected {@code version} throw
 * {@link OptimisticLockingFailureException} when someone else changed the record since it was read.
 */
@Service
public class Catalog {

	private final Procedures procedures;

	private final PublishedVersions versions;

	private final AgencyConfigurations configurations;

	private final SearchIndex searchIndex;

	private final Organization organization;

	private final JdbcClient jdbc;

	private final AuditTrail auditTrail;

	private final Clock clock;

	Catalog(Procedures procedures, PublishedVersions versions, AgencyConfigurations configurations,
			SearchIndex searchIndex, Organization organization, JdbcClient jdbc, AuditTrail auditTrail, Clock clock) {
		this.procedures = procedures;
		this.versions = versions;
		this.configurations = configurations;
		this.searchIndex = searchIndex;
		this.organization = organization;
		this.jdbc = jdbc;
		this.auditTrail = auditTrail;
		this.clock = clock;
	}

	// --- queries

	@Transactional(readOnly = true)
	public Optional<ProcedureSummary> findProcedure(ProcedureId id) {
		return procedures.findById(id.value()).map(Procedure::summary);
	}

	@Transactional(readOnly = true)
	public Optional<ProcedureSummary> findProcedureByCode(ProcedureCode code) {
		return procedures.findByCode(code.value()).map(Procedure::summary);
	}

	/** The version in force on {@code day} (Vietnam date); empty before the first version starts. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> versionInForce(ProcedureId id, LocalDate day) {
		return versions.findFirstByProcedureIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(id.value(), day)
			.map(this::view);
	}

	/** The version in force at {@code moment}, e.g. a dossier's reception time, taken in Vietnam time. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> versionInForce(ProcedureId id, Instant moment) {
		return versionInForce(id, LocalDate.ofInstant(moment, VietnamTime.ZONE));
	}

	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> findVersion(ProcedureVersionId id) {
		return versions.findById(id.value()).map(this::view);
	}

	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> findVersion(ProcedureId id, int number) {
		return versions.findByProcedureIdAndNumber(id.value(), number).map(this::view);
	}

	/** The newest version, which may not be in force yet. */
	@Transactional(readOnly = true)
	public Optional<ProcedureVersion> latestVersion(ProcedureId id) {
		return procedures.findById(id.value())
			.flatMap(p -> versions.findByProcedureIdAndNumber(id.value(), p.latestNumber()))
			.map(this::view);
	}

	/** The procedure's versions, newest first. */
	@Transactional(readOnly = true)
	public List<VersionSummary> versions(ProcedureId id) {
		return jdbc.sql("""
				select id, number, effective_from, effective_to, name, time_limit, time_limit_unit, decision_number
				from catalog_procedure_version where procedure_id = :id order by number desc""")
			.param("id", id.value())
			.query((rs, n) -> new VersionSummary(new ProcedureVersionId(rs.getObject("id", UUID.class)),
					rs.getInt("number"), rs.getObject("effective_from", LocalDate.class),
					rs.getObject("effective_to", LocalDate.class), rs.getString("name"),
					new TimeLimit(rs.getBigDecimal("time_limit"), TimeLimitUnit.valueOf(rs.getString("time_limit_unit"))),
					rs.getString("decision_number")))
			.list();
	}

	@Transactional(readOnly = true)
	public SearchResult search(ProcedureQuery query) {
		return searchIndex.search(query);
	}

	/** Fields with procedures in force on {@code day}, by name, for search filters. */
	@Transactional(readOnly = true)
	public List<FieldOption> fields(LocalDate day) {
		return jdbc.sql("""
				select field_code, min(field_name) as field_name, count(*) as procedures
				from catalog_search
				where effective_from <= :day and (effective_to is null or effective_to >= :day)
				group by field_code order by min(field_name) limit 500""")
			.param("day", day)
			.query((rs, n) -> new FieldOption(rs.getString("field_code"), rs.getString("field_name"),
					rs.getLong("procedures")))
			.list();
	}

	/** Agencies that receive or are competent for some procedure, by code, for search filters. */
	@Transactional(readOnly = true)
	public List<AgencyRef> configuredAgencies() {
		return jdbc.sql("""
				select distinct on (code) id, code, name from (
				  select competent_agency_id as id, competent_agency_code as code, competent_agency_name as name
				  from catalog_agency_setup
				  union all
				  select agency_id, agency_code, agency_name from catalog_setup_receiver) a
				order by code limit 2000""")
			.query((rs, n) -> new AgencyRef(new AgencyId(rs.getObject("id", UUID.class)),
					new AgencyCode(rs.getString("code")), rs.getString("name")))
			.list();
	}

	/** Ids of procedures with a version in force on {@code day}, by code (e.g. for an export). */
	@Transactional(readOnly = true)
	public List<ProcedureId> proceduresInForce(LocalDate day) {
		return jdbc.sql("""
				select procedure_id from catalog_search
				where effective_from <= :day and (effective_to is null or effective_to >= :day)
				order by code""")
			.param("day", day)
			.query((rs, n) -> new ProcedureId(rs.getObject(1, UUID.class)))
			.list();
	}

	/** Today in Vietnam. */
	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}

	// --- procedures and versions

	/**
	 * Creates a procedure with its first version, in force from {@code effectiveFrom} (any date, e.g. the
	 * publishing decision's).
	 */
	@Transactional
	public ProcedureVersion createProcedure(ProcedureCode code, ProcedureContent content, LocalDate effectiveFrom) {
		if (procedures.existsByCode(code.value())) {
			throw new CatalogException("catalog.error.code.duplicate", code);
		}
		var procedure = Procedure.create(code, effectiveFrom, clock.instant());
		try {
			procedures.save(procedure);
		}
		catch (DuplicateKeyException ex) {
			throw new CatalogException("catalog.error.code.duplicate", code);
		}
		PublishedVersion version = addVersion(procedure, 1, effectiveFrom, content);
		audit("catalog.procedure.created", "Procedure", procedure.id().toString(), "code", code, "name",
				content.name(), "version", 1, "effectiveFrom", effectiveFrom);
		return view(version);
	}

	/**
	 * Publishes a change as a new version in force from {@code effectiveFrom}, which must be after the
	 * latest version's start and not before today. The agency configurations of the latest version are
	 * copied; a copied process that no longer fits a changed time limit shows as such until adjusted.
	 */
	@Transactional
	public ProcedureVersion reviseProcedure(ProcedureId id, long expectedVersion, ProcedureContent content,
			LocalDate effectiveFrom) {
		var procedure = procedures.findById(id.value())
			.orElseThrow(() -> new CatalogException("catalog.error.procedure.notFound"));
		checkVersion(procedure.version(), expectedVersion);
		PublishedVersion previous = versions.findByProcedureIdAndNumber(id.value(), procedure.latestNumber())
			.orElseThrow(() -> new CatalogException("catalog.error.procedure.notFound"));
		int number = procedure.addVersion(effectiveFrom, today());
		procedures.save(procedure);
		versions.end(previous.id().value(), effectiveFrom.minusDays(1));
		PublishedVersion version = addVersion(procedure, number, effectiveFrom, content);
		List<AgencyConfiguration> copied = new ArrayList<>();
		for (AgencyConfiguration configuration : configurations
			.findByVersionIdOrderByCompetentAgencyCode(previous.id().value())) {
			copied.add(configuration.copyTo(version.id()));
		}
		configurations.saveAll(copied);
		searchIndex.agenciesChanged(version.id());
		audit("catalog.procedure.revised", "Procedure", id.toString(), "code", procedure.code(), "name", content.name(),
				"version", number, "effectiveFrom", effectiveFrom, "agenciesCopied", copied.size());
		return view(version);
	}

	private PublishedVersion addVersion(Procedure procedure, int number, LocalDate effectiveFrom,
			ProcedureContent content) {
		var version = PublishedVersion.create(procedure, number, effectiveFrom, content, clock.instant());
		versions.save(version);
		searchIndex.versionAdded(version, content);
		return version;
	}

	// --- per-agency configuration

	/**
	 * Configures (or reconfigures) a competent agency for a version that is in force or not yet in force:
	 * its receiving agencies and, when given, its internal process. A new configuration without a process
	 * gets {@link InternalProcess#standard} sized to the time limit.
	 *
	 * @throws CatalogException when an agency or officer is unknown, an agency has ended, an officer works
	 * elsewhere, the receivers break their rules, or the process does not fit the time limit
	 */
	@Transactional
	public AgencySetup configureAgency(ProcedureVersionId versionId, AgencySetupDetails details) {
		PublishedVersion version = editableVersion(versionId);
		AgencySummary competent = currentAgency(details.competent());
		List<Receiver> receivers = new ArrayList<>();
		for (AgencySetupDetails.ReceiverDetails receiver : details.receivers()) {
			receivers.add(receiver(receiver));
		}
		TimeLimit limit = version.timeLimit();
		AgencyConfiguration configuration = configurations
			.findByVersionIdAndCompetentAgencyId(versionId.value(), competent.id().value())
			.orElse(null);
		if (configuration == null) {
			InternalProcess process = details.process() != null ? details.process()
					: InternalProcess.standard(limit, leaderPosition(competent.kind()));
			configuration = AgencyConfiguration.create(versionId, version.procedureId(), ref(competent), receivers,
					process, limit);
		}
		else {
			configuration.changeReceivers(receivers);
			if (details.process() != null) {
				configuration.changeProcess(details.process(), limit);
			}
		}
		configurations.save(configuration);
		searchIndex.agenciesChanged(versionId);
		audit("catalog.agency.configured", "Procedure", version.procedureId().toString(), "versionId", versionId,
				"competent", competent.code(), "receivers",
				receivers.stream().map(r -> r.agency().code().value()).toList(), "steps",
				configuration.process().steps().size());
		return configuration.view(limit);
	}

	/**
	 * Replaces the internal process of a competent agency (the step editor).
	 *
	 * @throws CatalogException when the budgets do not add up to the version's time limit
	 */
	@Transactional
	public AgencySetup changeProcess(ProcedureVersionId versionId, AgencyId competent, long expectedVersion,
			InternalProcess process) {
		PublishedVersion version = editableVersion(versionId);
		AgencyConfiguration configuration = configuration(versionId, competent);
		checkVersion(configuration.version(), expectedVersion);
		configuration.changeProcess(process, version.timeLimit());
		configurations.save(configuration);
		audit("catalog.process.changed", "Procedure", version.procedureId().toString(), "versionId", versionId,
				"competent", configuration.competent().code(), "steps", process.steps().size(), "budget",
				process.totalBudget());
		return configuration.view(version.timeLimit());
	}

	@Transactional
	public void removeAgency(ProcedureVersionId versionId, AgencyId competent, long expectedVersion) {
		PublishedVersion version = editableVersion(versionId);
		AgencyConfiguration configuration = configuration(versionId, competent);
		checkVersion(configuration.version(), expectedVersion);
		configurations.delete(configuration);
		searchIndex.agenciesChanged(versionId);
		audit("catalog.agency.removed", "Procedure", version.procedureId().toString(), "versionId", versionId,
				"competent", configuration.competent().code());
	}

	// --- helpers

	private ProcedureVersion view(PublishedVersion version) {
		TimeLimit limit = version.timeLimit();
		List<AgencySetup> setups = configurations.findByVersionIdOrderByCompetentAgencyCode(version.id().value())
			.stream()
			.map(c -> c.view(limit))
			.toList();
		return new ProcedureVersion(version.id(), version.procedureId(), version.code(), version.number(),
				version.effectiveFrom(), version.effectiveTo(), version.content(), setups);
	}

	/** A version still in force or not yet in force; ended versions stay as they were. */
	private PublishedVersion editableVersion(ProcedureVersionId id) {
		PublishedVersion version = versions.findById(id.value())
			.orElseThrow(() -> new CatalogException("catalog.error.version.notFound"));
		LocalDate end = version.effectiveTo();
		if (end != null && end.isBefore(today())) {
			throw new CatalogException("catalog.error.version.ended", version.number(), end);
		}
		return version;
	}

	private AgencyConfiguration configuration(ProcedureVersionId versionId, AgencyId competent) {
		return configurations.findByVersionIdAndCompetentAgencyId(versionId.value(), competent.value())
			.orElseThrow(() -> new CatalogException("catalog.error.agency.notConfigured"));
	}

	private AgencySummary currentAgency(AgencyCode code) {
		AgencySummary agency = organization.findAgencyByCode(code)
			.orElseThrow(() -> new CatalogException("catalog.error.agency.unknown", code));
		if (agency.validTo() != null && agency.validTo().isBefore(today())) {
			throw new CatalogException("catalog.error.agency.ended", agency.name(), agency.validTo());
		}
		return agency;
	}

	private Receiver receiver(AgencySetupDetails.ReceiverDetails details) {
		AgencySummary agency = currentAgency(details.agency());
		if (details.officerEmail() == null) {
			return new Receiver(ref(agency), details.isDefault(), null, null);
		}
		StaffSummary officer = organization.findStaffByEmail(details.officerEmail())
			.orElseThrow(() -> new CatalogException("catalog.error.officer.unknown", details.officerEmail()));
		if (!officer.agencyId().equals(agency.id())) {
			throw new CatalogException("catalog.error.officer.otherAgency", officer.fullName(), agency.name());
		}
		return new Receiver(ref(agency), details.isDefault(), officer.staffId(), officer.fullName());
	}

	private static AgencyRef ref(AgencySummary agency) {
		return new AgencyRef(agency.id(), agency.code(), agency.name());
	}

	/** Who signs the result: a department's director, a People's Committee's chair (demo position codes). */
	private static String leaderPosition(AgencyKind kind) {
		return kind == AgencyKind.DEPARTMENT ? "GIAM_DOC_SO" : "CHU_TICH_UBND";
	}

	private static void checkVersion(long current, long expected) {
		if (current != expected) {
			throw new OptimisticLockingFailureException(
					"Changed by someone else: version " + current + ", expected " + expected);
		}
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
