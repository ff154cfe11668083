package org.openprovince.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything a version of a procedure publishes: the parts required by Decree 63/2010/NĐ-CP art. 8.2
 * (name, steps, channels, dossier, time limit, target subjects, implementing agency, results, and where
 * applicable templates, requirements and fees) and the catalog fields of the national database (field,
 * levels, online level, legal basis, publishing decision; spec §2.2–2.3).
 *
 * <p>The constructor checks the rules that hold between parts: online submission exists exactly when
 * the online level is above information-only (Decree 42/2022/NĐ-CP, spec §8.1), a separate online limit
 * and channel-specific fees need the channel, and the lists the decree requires are not empty.
 *
 * @param competentAgency the competent agency as published (cơ quan có thẩm quyền), or {@code null}
 * when it is the implementing agency
 * @param onlineTimeLimit a different limit for online dossiers, or {@code null} for the same limit
 * @param timeLimitNote how the limit is counted, as published (e.g. "trả ngay trong ngày…"), or {@code null}
 * @param requirements requirements and conditions (yêu cầu, điều kiện), or {@code null} when none
 * @param decision the publishing decision, or {@code null} when not (yet) recorded
 * @param note the province's internal note for staff, or {@code null}
 * @param restartAfterSupplement whether the full time limit starts again once a supplementation during
 * processing is complete, rather than resuming where it stood (spec §4.4: a per-procedure, versioned
 * choice between the reading of Decree 61/2018 [K], the default, and the specialised law of the procedure)
 * @param formFields the fields of the e-form (tờ khai điện tử) a citizen fills in when submitting online, in
 * order, with unique keys; empty when the procedure has none (checked by {@link EForms})
 */
public record ProcedureContent(String name, ProcedureField field, Set<ImplementingLevel> levels,
		String implementingAgency, @Nullable String competentAgency, String targetSubjects, List<ProcedureStep> steps,
		Set<Channel> channels, List<RequiredDocument> documents, TimeLimit timeLimit, @Nullable TimeLimit onlineTimeLimit,
		@Nullable String timeLimitNote, List<Fee> fees, List<ProcedureResult> results, List<LegalBasis> legalBases,
		@Nullable String requirements, OnlineLevel onlineLevel, @Nullable PublishingDecision decision,
		@Nullable String note, boolean restartAfterSupplement, List<FormField> formFields) {

	static final int MAX_ITEMS = 200;

	/** The most fields an e-form may have: a form longer than this belongs in an attached document. */
	public static final int MAX_FORM_FIELDS = 50;

	/** @throws CatalogException when a part is missing or the parts contradict each other */
	public ProcedureContent {
		name = Texts.required(name, "catalog.error.name", 1_000);
		Objects.requireNonNull(field, "field");
		levels = levels == null || levels.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(levels));
		if (levels.isEmpty()) {
			throw new CatalogException("catalog.error.levels.required");
		}
		implementingAgency = Texts.required(implementingAgency, "catalog.error.implementingAgency", 2_000);
		competentAgency = Texts.optional(competentAgency, 2_000);
		targetSubjects = Texts.required(targetSubjects, "catalog.error.targetSubjects", Texts.LONG);
		steps = Texts.list(steps, MAX_ITEMS);
		if (steps.isEmpty()) {
			throw new CatalogException("catalog.error.steps.required");
		}
		channels = channels == null || channels.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(channels));
		if (channels.isEmpty()) {
			throw new CatalogException("catalog.error.channels.required");
		}
		documents = Texts.list(documents, MAX_ITEMS);
		if (documents.isEmpty()) {
			throw new CatalogException("catalog.error.documents.required");
		}
		Objects.requireNonNull(timeLimit, "timeLimit");
		timeLimitNote = Texts.optional(timeLimitNote, 2_000);
		fees = Texts.list(fees, MAX_ITEMS);
		if (channels.size() == 1) {
			// A fee for the only channel is a fee for every channel: one way to say it, so files round-trip.
			Channel only = channels.iterator().next();
			fees = fees.stream().map(fee -> fee.channel() == only ? fee.forEveryChannel() : fee).toList();
		}
		if (timeLimit.equals(onlineTimeLimit)) {
			onlineTimeLimit = null;
		}
		results = Texts.list(results, MAX_ITEMS);
		if (results.isEmpty()) {
			throw new CatalogException("catalog.error.results.required");
		}
		legalBases = Texts.list(legalBases, MAX_ITEMS);
		if (legalBases.isEmpty()) {
			throw new CatalogException("catalog.error.legal.required");
		}
		requirements = Texts.optional(requirements, Texts.LONG);
		Objects.requireNonNull(onlineLevel, "onlineLevel");
		note = Texts.optional(note, Texts.LONG);
		checkChannels(channels, onlineLevel, onlineTimeLimit, fees);
		formFields = formFields(formFields);
	}

	private static List<FormField> formFields(@Nullable List<FormField> values) {
		List<FormField> fields = values == null ? List.of() : List.copyOf(values);
		if (fields.size() > MAX_FORM_FIELDS) {
			throw new CatalogException("catalog.error.formFields.tooMany", MAX_FORM_FIELDS);
		}
		Set<String> keys = new java.util.HashSet<>();
		for (FormField field : fields) {
			if (!keys.add(field.key())) {
				throw new CatalogException("catalog.error.formFields.duplicate", field.key());
			}
		}
		return fields;
	}

	private static void checkChannels(Set<Channel> channels, OnlineLevel onlineLevel,
			@Nullable TimeLimit onlineTimeLimit, List<Fee> fees) {
		boolean online = channels.contains(Channel.ONLINE);
		if (online && onlineLevel == OnlineLevel.INFORMATION) {
			throw new CatalogException("catalog.error.onlineLevel.informationOnly");
		}
		if (!online && onlineLevel != OnlineLevel.INFORMATION) {
			throw new CatalogException("catalog.error.onlineLevel.needsChannel", onlineLevel);
		}
		if (onlineTimeLimit != null && !online) {
			throw new CatalogException("catalog.error.onlineTimeLimit.needsChannel");
		}
		for (Fee fee : fees) {
			if (fee.channel() != null && !channels.contains(fee.channel())) {
				throw new CatalogException("catalog.error.fee.channel", fee.description(), fee.channel());
			}
		}
	}

	/** The limit for dossiers submitted through {@code channel}: the online one when set, else the general one. */
	public TimeLimit timeLimitFor(Channel channel) {
		return channel == Channel.ONLINE && onlineTimeLimit != null ? onlineTimeLimit : timeLimit;
	}

	/** Fees charged on {@code channel}: those for every channel and those for this one. */
	public List<Fee> feesFor(Channel channel) {
		return fees.stream().filter(fee -> fee.channel() == null || fee.channel() == channel).toList();
	}

	/**
	 * What an applicant pays up front on {@code channel}: for each kind (phí, lệ phí), the first fee of
	 * that kind listed for the channel with a fixed, non-zero amount. Later lines of the same kind are
	 * read as surcharges that depend on the case (per extra copy, per page…) and exemptions are not
	 * known in advance, so both are settled by the officer as a financial obligation (spec §3.3 T10) or
	 * at the counter. [I] — inferred: the national database lists fees as free text lines with amounts.
	 */
	public List<Fee> baseFees(Channel channel) {
		Map<FeeKind, Fee> first = new java.util.EnumMap<>(FeeKind.class);
		for (Fee fee : fees) {
			if ((fee.channel() == null || fee.channel() == channel) && fee.amount() != null && fee.amount() > 0) {
				first.putIfAbsent(fee.kind(), fee);
			}
		}
		return fees.stream().filter(f -> first.get(f.kind()) == f).toList();
	}

	public static Builder builder() {
		return new Builder();
	}

	/** This content as a builder, to change some parts. */
	public Builder toBuilder() {
		var builder = new Builder().name(name)
			.field(field)
			.levels(levels)
			.implementingAgency(implementingAgency)
			.competentAgency(competentAgency)
			.targetSubjects(targetSubjects)
			.channels(channels)
			.timeLimit(timeLimit)
			.onlineTimeLimit(onlineTimeLimit)
			.timeLimitNote(timeLimitNote)
			.requirements(requirements)
			.onlineLevel(onlineLevel)
			.decision(decision)
			.note(note)
			.restartAfterSupplement(restartAfterSupplement);
		builder.steps.addAll(steps);
		builder.documents.addAll(documents);
		builder.fees.addAll(fees);
		builder.results.addAll(results);
		builder.legalBases.addAll(legalBases);
		builder.formFields.addAll(formFields);
		return builder;
	}

	/** Assembles content part by part; {@link #build()} applies the rules. */
	public static final class Builder {

		private @Nullable String name;

		private @Nullable ProcedureField field;

		private final Set<ImplementingLevel> levels = EnumSet.noneOf(ImplementingLevel.class);

		private @Nullable String implementingAgency;

		private @Nullable String competentAgency;

		private @Nullable String targetSubjects;

		private final List<ProcedureStep> steps = new ArrayList<>();

		private final Set<Channel> channels = EnumSet.noneOf(Channel.class);

		private final List<RequiredDocument> documents = new ArrayList<>();

		private @Nullable TimeLimit timeLimit;

		private @Nullable TimeLimit onlineTimeLimit;

		private @Nullable String timeLimitNote;

		private final List<Fee> fees = new ArrayList<>();

		private final List<ProcedureResult> results = new ArrayList<>();

		private final List<LegalBasis> legalBases = new ArrayList<>();

		private @Nullable String requirements;

		private @Nullable OnlineLevel onlineLevel;

		private @Nullable PublishingDecision decision;

		private @Nullable String note;

		private boolean restartAfterSupplement;

		private final List<FormField> formFields = new ArrayList<>();

		private Builder() {
		}

		public Builder name(@Nullable String value) {
			this.name = value;
			return this;
		}

		public Builder field(@Nullable ProcedureField value) {
			this.field = value;
			return this;
		}

		public Builder levels(Collection<ImplementingLevel> values) {
			this.levels.clear();
			this.levels.addAll(values);
			return this;
		}

		public Builder level(ImplementingLevel value) {
			this.levels.add(value);
			return this;
		}

		public Builder implementingAgency(@Nullable String value) {
			this.implementingAgency = value;
			return this;
		}

		public Builder competentAgency(@Nullable String value) {
			this.competentAgency = value;
			return this;
		}

		public Builder targetSubjects(@Nullable String value) {
			this.targetSubjects = value;
			return this;
		}

		public Builder steps(Collection<ProcedureStep> values) {
			this.steps.clear();
			this.steps.addAll(values);
			return this;
		}

		public Builder step(String description) {
			this.steps.add(ProcedureStep.of(description));
			return this;
		}

		public Builder channels(Collection<Channel> values) {
			this.channels.clear();
			this.channels.addAll(values);
			return this;
		}

		public Builder channel(Channel value) {
			this.channels.add(value);
			return this;
		}

		public Builder documents(Collection<RequiredDocument> values) {
			this.documents.clear();
			this.documents.addAll(values);
			return this;
		}

		public Builder document(RequiredDocument value) {
			this.documents.add(value);
			return this;
		}

		public Builder timeLimit(@Nullable TimeLimit value) {
			this.timeLimit = value;
			return this;
		}

		public Builder onlineTimeLimit(@Nullable TimeLimit value) {
			this.onlineTimeLimit = value;
			return this;
		}

		public Builder timeLimitNote(@Nullable String value) {
			this.timeLimitNote = value;
			return this;
		}

		public Builder fees(Collection<Fee> values) {
			this.fees.clear();
			this.fees.addAll(values);
			return this;
		}

		public Builder fee(Fee value) {
			this.fees.add(value);
			return this;
		}

		public Builder results(Collection<ProcedureResult> values) {
			this.results.clear();
			this.results.addAll(values);
			return this;
		}

		public Builder result(String name) {
			this.results.add(ProcedureResult.of(name));
			return this;
		}

		public Builder legalBases(Collection<LegalBasis> values) {
			this.legalBases.clear();
			this.legalBases.addAll(values);
			return this;
		}

		public Builder legalBasis(String number, String title) {
			this.legalBases.add(new LegalBasis(number, title));
			return this;
		}

		public Builder requirements(@Nullable String value) {
			this.requirements = value;
			return this;
		}

		public Builder onlineLevel(@Nullable OnlineLevel value) {
			this.onlineLevel = value;
			return this;
		}

		public Builder decision(@Nullable PublishingDecision value) {
			this.decision = value;
			return this;
		}

		public Builder note(@Nullable String value) {
			this.note = value;
			return this;
		}

		public Builder restartAfterSupplement(boolean value) {
			this.restartAfterSupplement = value;
			return this;
		}

		public Builder formFields(Collection<FormField> values) {
			this.formFields.clear();
			this.formFields.addAll(values);
			return this;
		}

		public Builder formField(FormField value) {
			this.formFields.add(value);
			return this;
		}

		/** @throws CatalogException when a part is missing or the parts contradict each other */
		public ProcedureContent build() {
			if (field == null) {
				throw new CatalogException("catalog.error.field.code.required");
			}
			if (timeLimit == null) {
				throw new CatalogException("catalog.error.timeLimit.required");
			}
			if (onlineLevel == null) {
				throw new CatalogException("catalog.error.onlineLevel.required");
			}
			return new ProcedureContent(nonNull(name), field, levels, nonNull(implementingAgency), competentAgency,
					nonNull(targetSubjects), steps, channels, documents, timeLimit, onlineTimeLimit, timeLimitNote, fees,
					results, legalBases, requirements, onlineLevel, decision, note, restartAfterSupplement, formFields);
		}

		// The record's constructor reports a blank required text with the right message.
		private static String nonNull(@Nullable String value) {
			return value == null ? "" : value;
		}
	}
}
