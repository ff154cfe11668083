package org.openprovince.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A published version of a procedure with its content; written once and never changed (its end date
 * is set by the repository when a later version is added). Ids are assigned here, so it tells Spring
 * Data when it is new.
 */
@Table("catalog_procedure_version")
class PublishedVersion implements Persistable<UUID> {

	private final @Id UUID id;

	private final UUID procedureId;

	private final int number;

	private final LocalDate effectiveFrom;

	private final @Nullable LocalDate effectiveTo;

	private final String code;

	private final String name;

	private final String fieldCode;

	private final String fieldName;

	private final List<String> levels;

	private final String implementingAgency;

	private final @Nullable String competentAgency;

	private final String targetSubjects;

	private final List<String> channels;

	private final BigDecimal timeLimit;

	private final String timeLimitUnit;

	private final @Nullable BigDecimal onlineTimeLimit;

	private final @Nullable String onlineTimeLimitUnit;

	private final @Nullable String timeLimitNote;

	private final String onlineLevel;

	private final @Nullable String requirements;

	private final @Nullable String decisionNumber;

	private final @Nullable LocalDate decisionDate;

	private final @Nullable String decisionIssuer;

	private final @Nullable String note;

	private final boolean restartAfterSupplement;

	private final Instant createdAt;

	@MappedCollection(idColumn = "version_id", keyColumn = "idx")
	private final List<StepRow> steps;

	@MappedCollection(idColumn = "version_id", keyColumn = "idx")
	private final List<DocumentRow> documents;

	@MappedCollection(idColumn = "version_id", keyColumn = "idx")
	private final List<FeeRow> fees;

	@MappedCollection(idColumn = "version_id", keyColumn = "idx")
	private final List<ResultRow> results;

	@MappedCollection(idColumn = "version_id", keyColumn = "idx")
	private final List<LegalBasisRow> legalBases;

	@MappedCollection(idColumn = "version_id", keyColumn = "idx")
	private final List<FormFieldRow> formFields;

	@Transient
	private final boolean isNew;

	@PersistenceCreator
	PublishedVersion(UUID id, UUID procedureId, int number, LocalDate effectiveFrom, @Nullable LocalDate effectiveTo,
			String code, String name, String fieldCode, String fieldName, List<String> levels, String implementingAgency,
			@Nullable String competentAgency, String targetSubjects, List<String> channels, BigDecimal timeLimit,
			String timeLimitUnit, @Nullable BigDecimal onlineTimeLimit, @Nullable String onlineTimeLimitUnit,
			@Nullable String timeLimitNote, String onlineLevel, @Nullable String requirements,
			@Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable String decisionIssuer,
			@Nullable String note, boolean restartAfterSupplement, Instant createdAt, List<StepRow> steps,
			List<DocumentRow> documents, List<FeeRow> fees, List<ResultRow> results, List<LegalBasisRow> legalBases,
			List<FormFieldRow> formFields) {
		this(id, procedureId, number, effectiveFrom, effectiveTo, code, name, fieldCode, fieldName, levels,
				implementingAgency, competentAgency, targetSubjects, channels, timeLimit, timeLimitUnit, onlineTimeLimit,
				onlineTimeLimitUnit, timeLimitNote, onlineLevel, requirements, decisionNumber, decisionDate,
				decisionIssuer, note, restartAfterSupplement, createdAt, steps, documents, fees, results, legalBases,
				formFields, false);
	}

	private PublishedVersion(UUID id, UUID procedureId, int number, LocalDate effectiveFrom,
			@Nullable LocalDate effectiveTo, String code, String name, String fieldCode, String fieldName,
			List<String> levels, String implementingAgency, @Nullable String competentAgency, String targetSubjects,
			List<String> channels, BigDecimal timeLimit, String timeLimitUnit, @Nullable BigDecimal onlineTimeLimit,
			@Nullable String onlineTimeLimitUnit, @Nullable String timeLimitNote, String onlineLevel,
			@Nullable String requirements, @Nullable String decisionNumber, @Nullable LocalDate decisionDate,
			@Nullable String decisionIssuer, @Nullable String note, boolean restartAfterSupplement, Instant createdAt,
			List<StepRow> steps, List<DocumentRow> documents, List<FeeRow> fees, List<ResultRow> results,
			List<LegalBasisRow> legalBases, List<FormFieldRow> formFields, boolean isNew) {
		this.id = id;
		this.procedureId = procedureId;
		this.number = number;
		this.effectiveFrom = effectiveFrom;
		this.effectiveTo = effectiveTo;
		this.code = code;
		this.name = name;
		this.fieldCode = fieldCode;
		this.fieldName = fieldName;
		this.levels = List.copyOf(levels);
		this.implementingAgency = implementingAgency;
		this.competentAgency = competentAgency;
		this.targetSubjects = targetSubjects;
		this.channels = List.copyOf(channels);
		this.timeLimit = timeLimit;
		this.timeLimitUnit = timeLimitUnit;
		this.onlineTimeLimit = onlineTimeLimit;
		this.onlineTimeLimitUnit = onlineTimeLimitUnit;
		this.timeLimitNote = timeLimitNote;
		this.onlineLevel = onlineLevel;
		this.requirements = requirements;
		this.decisionNumber = decisionNumber;
		this.decisionDate = decisionDate;
		this.decisionIssuer = decisionIssuer;
		this.note = note;
		this.restartAfterSupplement = restartAfterSupplement;
		this.createdAt = createdAt;
		this.steps = List.copyOf(steps);
		this.documents = List.copyOf(documents);
		this.fees = List.copyOf(fees);
		this.results = List.copyOf(results);
		this.legalBases = List.copyOf(legalBases);
		this.formFields = List.copyOf(formFields);
		this.isNew = isNew;
	}

	/** A new version of {@code procedure} numbered {@code number}, in force from {@code effectiveFrom}. */
	static PublishedVersion create(Procedure procedure, int number, LocalDate effectiveFrom, ProcedureContent content,
			Instant now) {
		TimeLimit online = content.onlineTimeLimit();
		PublishingDecision decision = content.decision();
		return new PublishedVersion(UUID.randomUUID(), procedure.id().value(), number, effectiveFrom, null,
				procedure.code().value(), content.name(), content.field().code(), content.field().name(),
				content.levels().stream().map(Enum::name).toList(), content.implementingAgency(),
				content.competentAgency(), content.targetSubjects(),
				content.channels().stream().map(Enum::name).toList(), content.timeLimit().amount(),
				content.timeLimit().unit().name(), online == null ? null : online.amount(),
				online == null ? null : online.unit().name(), content.timeLimitNote(), content.onlineLevel().name(),
				content.requirements(), decision == null ? null : decision.number(),
				decision == null ? null : decision.date(), decision == null ? null : decision.issuer(), content.note(),
				content.restartAfterSupplement(), now, content.steps().stream().map(StepRow::of).toList(),
				content.documents().stream().map(DocumentRow::of).toList(),
				content.fees().stream().map(FeeRow::of).toList(), content.results().stream().map(ResultRow::of).toList(),
				content.legalBases().stream().map(LegalBasisRow::of).toList(),
				content.formFields().stream().map(FormFieldRow::of).toList(), true);
	}

	@Override
	public UUID getId() {
		return id;
	}

	@Override
	public boolean isNew() {
		return isNew;
	}

	ProcedureVersionId id() {
		return new ProcedureVersionId(id);
	}

	ProcedureId procedureId() {
		return new ProcedureId(procedureId);
	}

	int number() {
		return number;
	}

	LocalDate effectiveFrom() {
		return effectiveFrom;
	}

	@Nullable LocalDate effectiveTo() {
		return effectiveTo;
	}

	ProcedureCode code() {
		return new ProcedureCode(code);
	}

	TimeLimit timeLimit() {
		return new TimeLimit(timeLimit, TimeLimitUnit.valueOf(timeLimitUnit));
	}

	/** The content as written; the rules held when it was written, so they hold now. */
	ProcedureContent content() {
		var levelSet = EnumSet.noneOf(ImplementingLevel.class);
		levels.forEach(level -> levelSet.add(ImplementingLevel.valueOf(level)));
		var channelSet = EnumSet.noneOf(Channel.class);
		channels.forEach(channel -> channelSet.add(Channel.valueOf(channel)));
		TimeLimit online = onlineTimeLimit == null || onlineTimeLimitUnit == null ? null
				: new TimeLimit(onlineTimeLimit, TimeLimitUnit.valueOf(onlineTimeLimitUnit));
		PublishingDecision decision = decisionNumber == null || decisionDate == null ? null
				: new PublishingDecision(decisionNumber, decisionDate, decisionIssuer);
		return new ProcedureContent(name, new ProcedureField(fieldCode, fieldName), levelSet, implementingAgency,
				competentAgency, targetSubjects, steps.stream().map(StepRow::toStep).toList(), channelSet,
				documents.stream().map(DocumentRow::toDocument).toList(), timeLimit(), online, timeLimitNote,
				fees.stream().map(FeeRow::toFee).toList(), results.stream().map(ResultRow::toResult).toList(),
				legalBases.stream().map(LegalBasisRow::toLegalBasis).toList(), requirements,
				OnlineLevel.valueOf(onlineLevel), decision, note, restartAfterSupplement,
				formFields.stream().map(FormFieldRow::toFormField).toList());
	}

	VersionSummary summary() {
		return new VersionSummary(id(), number, effectiveFrom, effectiveTo, name, timeLimit(), decisionNumber);
	}

	@Table("catalog_version_step")
	record StepRow(@Nullable String caseName, String description) {

		static StepRow of(ProcedureStep step) {
			return new StepRow(step.caseName(), step.description());
		}

		ProcedureStep toStep() {
			return new ProcedureStep(caseName, description);
		}
	}

	@Table("catalog_version_document")
	record DocumentRow(@Nullable String caseName, String name, int originals, int copies, boolean mandatory,
			@Nullable String templateName, @Nullable String templateUrl, @Nullable String documentCode) {

		static DocumentRow of(RequiredDocument d) {
			return new DocumentRow(d.caseName(), d.name(), d.originals(), d.copies(), d.mandatory(), d.templateName(),
					d.templateUrl(), d.documentCode());
		}

		RequiredDocument toDocument() {
			return new RequiredDocument(caseName, name, originals, copies, mandatory, templateName, templateUrl,
					documentCode);
		}
	}

	@Table("catalog_version_fee")
	record FeeRow(String kind, @Nullable String channel, String description, @Nullable Long amount,
			@Nullable String exemption) {

		static FeeRow of(Fee fee) {
			return new FeeRow(fee.kind().name(), fee.channel() == null ? null : fee.channel().name(), fee.description(),
					fee.amount(), fee.exemption());
		}

		Fee toFee() {
			return new Fee(FeeKind.valueOf(kind), channel == null ? null : Channel.valueOf(channel), description, amount,
					exemption);
		}
	}

	@Table("catalog_version_result")
	record ResultRow(@Nullable String code, String name) {

		static ResultRow of(ProcedureResult result) {
			return new ResultRow(result.code(), result.name());
		}

		ProcedureResult toResult() {
			return new ProcedureResult(code, name);
		}
	}

	@Table("catalog_version_legal_basis")
	record LegalBasisRow(String number, String title) {

		static LegalBasisRow of(LegalBasis basis) {
			return new LegalBasisRow(basis.number(), basis.title());
		}

		LegalBasis toLegalBasis() {
			return new LegalBasis(number, title);
		}
	}

	@Table("catalog_version_form_field")
	record FormFieldRow(String key, String label, String type, boolean required, List<String> options,
			@Nullable String hint, @Nullable Integer maxLength, @Nullable BigDecimal minValue,
			@Nullable BigDecimal maxValue) {

		static FormFieldRow of(FormField field) {
			return new FormFieldRow(field.key(), field.label(), field.type().name(), field.required(), field.options(),
					field.hint(), field.maxLength(), field.minValue(), field.maxValue());
		}

		FormField toFormField() {
			return new FormField(key, label, FormFieldType.valueOf(type), required, options, hint, maxLength, minValue,
					maxValue);
		}
	}
}
