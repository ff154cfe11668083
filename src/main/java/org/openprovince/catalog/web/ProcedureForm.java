package org.openprovince.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.WebForms;
import org.openprovince.catalog.CatalogException;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.PublishingDecision;
import org.openprovince.catalog.TimeLimit;
import org.openprovince.catalog.TimeLimitUnit;
import org.openprovince.catalog.transfer.Lines;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.validation.BindingResult;

/**
 * The procedure create / new-version form. Lists are text areas with one item per line in the
 * {@link Lines} format, so the page works without JavaScript; the rules live in
 * {@link ProcedureContent} and show next to the field they concern.
 */
record ProcedureForm(
		@Size(max = 20, message = "{catalog.validation.size}") @Nullable String code,
		@NotBlank(message = "{catalog.validation.required}") @Size(max = 1000, message = "{catalog.validation.size}") @Nullable String name,
		@NotBlank(message = "{catalog.validation.required}") @Nullable String fieldCode,
		@NotBlank(message = "{catalog.validation.required}") @Nullable String fieldName,
		@Nullable List<ImplementingLevel> levels,
		@NotBlank(message = "{catalog.validation.required}") @Nullable String implementingAgency,
		@Nullable String competentAgency,
		@NotBlank(message = "{catalog.validation.required}") @Nullable String targetSubjects,
		@Nullable List<Channel> channels,
		@NotNull(message = "{catalog.validation.required}") @Nullable BigDecimal timeLimit,
		@NotNull(message = "{catalog.validation.required}") @Nullable TimeLimitUnit timeLimitUnit,
		@Nullable BigDecimal onlineTimeLimit,
		@Nullable String timeLimitNote,
		@NotNull(message = "{catalog.validation.required}") @Nullable OnlineLevel onlineLevel,
		@Nullable String steps,
		@Nullable String documents,
		@Nullable String fees,
		@Nullable String results,
		@Nullable String legalBases,
		@Nullable String requirements,
		@Nullable String decisionNumber,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate decisionDate,
		@Nullable String decisionIssuer,
		@Nullable String note,
		@Nullable String formFields,
		@Nullable Boolean restartAfterSupplement,
		@NotNull(message = "{catalog.validation.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate effectiveFrom,
		@Nullable Long version) {

	/** Where a broken content rule shows, by message-key prefix. */
	static final Map<String, String> FIELDS = new LinkedHashMap<>();
	static {
		FIELDS.put("catalog.error.code", "code");
		FIELDS.put("catalog.error.name", "name");
		FIELDS.put("catalog.error.field.name", "fieldName");
		FIELDS.put("catalog.error.field", "fieldCode");
		FIELDS.put("catalog.error.levels", "levels");
		FIELDS.put("catalog.error.implementingAgency", "implementingAgency");
		FIELDS.put("catalog.error.targetSubjects", "targetSubjects");
		FIELDS.put("catalog.error.step", "steps");
		FIELDS.put("catalog.error.channels", "channels");
		FIELDS.put("catalog.error.document", "documents");
		FIELDS.put("catalog.error.fee", "fees");
		FIELDS.put("catalog.error.result", "results");
		FIELDS.put("catalog.error.legal", "legalBases");
		FIELDS.put("catalog.error.onlineTimeLimit", "onlineTimeLimit");
		FIELDS.put("catalog.error.onlineLevel", "onlineLevel");
		FIELDS.put("catalog.error.timeLimit", "timeLimit");
		FIELDS.put("catalog.error.decision", "decisionNumber");
		FIELDS.put("catalog.error.version", "effectiveFrom");
		FIELDS.put("catalog.error.formField", "formFields");
		FIELDS.put("catalog.error.text", "name");
	}

	static ProcedureForm empty(LocalDate today) {
		return new ProcedureForm(null, null, null, null, List.of(), null, null, null, List.of(Channel.DIRECT), null,
				TimeLimitUnit.WORKING_DAYS, null, null, OnlineLevel.INFORMATION, null, null, null, null, null, null, null,
				null, null, null, null, false, today, null);
	}

	/** A new version's form, filled with {@code current}'s content, starting tomorrow. */
	static ProcedureForm of(ProcedureVersion current, long version, LocalDate from) {
		ProcedureContent c = current.content();
		PublishingDecision decision = c.decision();
		TimeLimit online = c.onlineTimeLimit();
		return new ProcedureForm(current.code().value(), c.name(), c.field().code(), c.field().name(),
				List.copyOf(c.levels()), c.implementingAgency(), c.competentAgency(), c.targetSubjects(),
				List.copyOf(c.channels()), c.timeLimit().amount(), c.timeLimit().unit(),
				online == null ? null : online.amount(), c.timeLimitNote(), c.onlineLevel(), Lines.formatSteps(c.steps()),
				Lines.formatDocuments(c.documents()), Lines.formatFees(c.fees()), Lines.formatResults(c.results()),
				Lines.formatLegalBases(c.legalBases()), c.requirements(), decision == null ? null : decision.number(),
				decision == null ? null : decision.date(), decision == null ? null : decision.issuer(), c.note(),
				Lines.formatFormFields(c.formFields()), c.restartAfterSupplement(), from, version);
	}

	/**
	 * The content, or {@code null} with the problems on {@code binding}: lines that do not read, then
	 * the first broken rule of the content. Call only on a form without binding errors.
	 */
	@Nullable ProcedureContent toContent(BindingResult binding) {
		var builder = ProcedureContent.builder()
			.name(name)
			.implementingAgency(implementingAgency)
			.competentAgency(competentAgency)
			.targetSubjects(targetSubjects)
			.levels(levels == null ? List.of() : levels)
			.channels(channels == null ? List.of() : channels)
			.timeLimitNote(timeLimitNote)
			.requirements(requirements)
			.onlineLevel(onlineLevel)
			.note(note)
			.steps(lines(binding, "steps", Lines.steps(steps)))
			.documents(lines(binding, "documents", Lines.documents(documents)))
			.fees(lines(binding, "fees", Lines.fees(fees)))
			.results(lines(binding, "results", Lines.results(results)))
			.legalBases(lines(binding, "legalBases", Lines.legalBases(legalBases)))
			.formFields(lines(binding, "formFields", Lines.formFields(formFields)))
			.restartAfterSupplement(Boolean.TRUE.equals(restartAfterSupplement));
		if (binding.hasErrors()) {
			return null;
		}
		try {
			builder.field(new ProcedureField(fieldCode, fieldName));
			builder.timeLimit(timeLimit == null || timeLimitUnit == null ? null : new TimeLimit(timeLimit, timeLimitUnit));
			builder.onlineTimeLimit(onlineTimeLimit == null || timeLimitUnit == null ? null
					: new TimeLimit(onlineTimeLimit, timeLimitUnit));
			if (decisionNumber != null || decisionDate != null) {
				if (decisionDate == null) {
					binding.rejectValue("decisionDate", "catalog.validation.required");
					return null;
				}
				builder.decision(new PublishingDecision(decisionNumber, decisionDate, decisionIssuer));
			}
			return builder.build();
		}
		catch (CatalogException ex) {
			WebForms.reject(binding, ex, FIELDS);
			return null;
		}
	}

	/** The version the form was read at; a missing one never matches, so the change is refused. */
	long expectedVersion() {
		return version == null ? -1 : version;
	}

	private static <T> List<T> lines(BindingResult binding, String field, Lines.Parsed<T> parsed) {
		for (Lines.LineProblem problem : parsed.problems()) {
			binding.rejectValue(field, "catalog.form.line",
					new Object[] { problem.line(), problem.error() },
					"Dòng " + problem.line() + ": " + problem.error().getMessage());
		}
		return parsed.items();
	}
}
