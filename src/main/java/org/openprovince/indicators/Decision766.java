package org.openprovince.indicators;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.feedback.FeedbackCounts;
import org.openprovince.feedback.FeedbackIndicators;
import org.openprovince.feedback.FeedbackIndicators.Measure;
import org.openprovince.indicators.CatalogFacts.CatalogProcedure;
import org.openprovince.indicators.DossierFigures.Counts;
import org.openprovince.indicators.DossierFigures.DossierLine;
import org.openprovince.indicators.DossierFigures.Figures;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The Decision 766/QĐ-TTg indicators (Bộ chỉ số phục vụ người dân, doanh nghiệp; spec §10) of the
 * province and of each competent agency (cơ quan có thẩm quyền) over a month, quarter or year, and the
 * rows behind every figure. Dossier figures come from the facts the dossier events left in this module
 * ({@link Rules}), catalog figures from {@link CatalogFacts}, feedback figures from
 * {@link FeedbackIndicators}. Texts (the province's name, statuses) are in the current locale.
 */
@Service
public class Decision766 {

	/** Rows per drill-down page. */
	public static final int PAGE_SIZE = 50;

	private final DossierFigures dossiers;

	private final CatalogFacts catalog;

	private final FeedbackIndicators feedback;

	private final AgencyDirectory directory;

	private final MessageSource messages;

	private final Clock clock;

	Decision766(DossierFigures dossiers, CatalogFacts catalog, FeedbackIndicators feedback, AgencyDirectory directory,
			MessageSource messages, Clock clock) {
		this.dossiers = dossiers;
		this.catalog = catalog;
		this.feedback = feedback;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** The province's scorecard: every dossier of every competent agency. */
	public Scorecard province(Period period) {
		return province(period, figures(period, null));
	}

	/** The scorecard of one competent agency. */
	public Scorecard agency(AgencyId agency, Period period) {
		Figures figures = figures(period, agency.value());
		return scorecard(agency, name(agency), period, figures.counts().getOrDefault(agency.value(), Counts.none()),
				figures.usedOnline().getOrDefault(agency.value(), Set.of()));
	}

	/** Every competent agency with dossiers received or processed in the period, best total first (ranking). */
	public List<Scorecard> agencies(Period period) {
		return agencies(period, figures(period, null));
	}

	/**
	 * The province's scorecard and the ranking of the agencies together, as {@link #province(Period)} and
	 * {@link #agencies(Period)} give them, from one reading of the dossier facts instead of two.
	 */
	public Ranking ranking(Period period) {
		Figures figures = figures(period, null);
		return new Ranking(province(period, figures), agencies(period, figures));
	}

	/** The province's scorecard and the agencies' scorecards, best total first. */
	public record Ranking(Scorecard province, List<Scorecard> agencies) {
	}

	private Figures figures(Period period, @Nullable UUID agency) {
		return dossiers.figures(period.start(), end(period), agency, catalog.fullOnline());
	}

	private Scorecard province(Period period, Figures figures) {
		Counts counts = figures.counts().values().stream().reduce(Counts.none(), Counts::plus);
		Set<UUID> used = new HashSet<>();
		figures.usedOnline().values().forEach(used::addAll);
		return scorecard(null, text("indicators766.province"), period, counts, used);
	}

	private List<Scorecard> agencies(Period period, Figures figures) {
		Map<UUID, Counts> counts = figures.counts();
		var names = directory.names(counts.keySet().stream().map(AgencyId::new).toList(), today());
		List<Scorecard> cards = new ArrayList<>();
		counts.forEach((agency, c) -> {
			AgencyId id = new AgencyId(agency);
			AgencyName name = names.get(id);
			cards.add(scorecard(id, displayName(name, id), period, c, figures.usedOnline().getOrDefault(agency, Set.of())));
		});
		cards.sort(Comparator.comparing(Scorecard::total).reversed().thenComparing(Scorecard::scopeName));
		return cards;
	}

	/** Monthly scorecards of {@code year} up to the current month (trend), for an agency or the province. */
	public List<Scorecard> trend(@Nullable AgencyId agency, int year) {
		LocalDate today = today();
		int last = year < today.getYear() ? 12 : year == today.getYear() ? today.getMonthValue() : 0;
		List<Scorecard> cards = new ArrayList<>();
		for (int month = 1; month <= last; month++) {
			Period period = Period.month(year, month);
			cards.add(agency == null ? province(period) : agency(agency, period));
		}
		return cards;
	}

	/**
	 * The dossiers (procedures for 1.3 and 3.1–3.2, feedback items for 5.1–5.3) counted in the numerator
	 * or denominator of one figure, {@value #PAGE_SIZE} a page; {@code page} is 0-based.
	 */
	public DrillDown drillDown(Indicator indicator, Part part, @Nullable AgencyId agency, Period period, int page) {
		int safePage = Math.max(page, 0);
		int offset = safePage * PAGE_SIZE;
		Instant end = end(period);
		UUID agencyId = agency == null ? null : agency.value();
		if (Rules.countsDossiers(indicator)) {
			var found = dossiers.lines(indicator, part, period.start(), end, agencyId, catalog.fullOnline(), offset,
					PAGE_SIZE);
			var names = directory.names(found.lines().stream().map(DossierLine::agency).filter(java.util.Objects::nonNull)
				.map(AgencyId::new).distinct().toList(), today());
			List<DrillDownLine> lines = found.lines().stream().map(line -> dossierLine(line, names)).toList();
			return new DrillDown(indicator, part, period, agency, found.total(), safePage, PAGE_SIZE, lines);
		}
		Measure measure = feedbackMeasure(indicator, part);
		if (measure != null) {
			var items = started(period)
					? feedback.items(period.firstDay(), period.lastDay(), agencyId, measure, offset, PAGE_SIZE)
					: new FeedbackIndicators.Items(0, List.of());
			List<DrillDownLine> lines = items.items().stream()
				.map(item -> new DrillDownLine(item.code(), item.title(), item.agencyName(), item.submittedAt(),
						item.dueAt(), item.handledAt(), text("feedback.status." + item.status()),
						"/office/feedback/" + item.id()))
				.toList();
			return new DrillDown(indicator, part, period, agency, items.total(), safePage, PAGE_SIZE, lines);
		}
		List<CatalogProcedure> procedures = procedures(indicator, part, agencyId,
				indicator == Indicator.ONLINE_PROCEDURES_USED ? usedOnline(period, agencyId) : Set.of());
		String scope = agency == null ? text("indicators766.province") : name(agency);
		List<DrillDownLine> lines = procedures.stream()
			.skip(offset)
			.limit(PAGE_SIZE)
			.map(p -> new DrillDownLine(p.code(), p.name(), scope, null, null, null,
					text("catalog.onlineLevel." + p.onlineLevel().name()), "/office/catalog/procedures/" + p.id()))
			.toList();
		return new DrillDown(indicator, part, period, agency, procedures.size(), safePage, PAGE_SIZE, lines);
	}

	/** Dossiers in progress past their appointment date in force now (clock not paused), most late first. */
	public List<DrillDownLine> overdue(@Nullable AgencyId agency, int limit) {
		List<DossierLine> found = dossiers.overdue(agency == null ? null : agency.value(), clock.instant(),
				Math.min(Math.max(limit, 0), 1_000));
		var names = directory.names(found.stream().map(DossierLine::agency).filter(java.util.Objects::nonNull)
			.map(AgencyId::new).distinct().toList(), today());
		return found.stream().map(line -> dossierLine(line, names)).toList();
	}

	// --- assembling

	private Scorecard scorecard(@Nullable AgencyId agency, String scopeName, Period period, Counts counts,
			Set<UUID> usedOnline) {
		UUID agencyId = agency == null ? null : agency.value();
		Map<Indicator, IndicatorScore> scores = new EnumMap<>(Indicator.class);
		for (Indicator indicator : Rules.dossierIndicators()) {
			scores.put(indicator, Scoring.of(indicator, counts.numerators()[indicator.ordinal()],
					counts.denominators()[indicator.ordinal()]));
		}
		// 1.4 [S/V] spec §10.2: with nothing received, the denominator falls back to the previous year's
		// average, and the synced count is then 0 too (only received dossiers are synced): the rate is 0,
		// not N/A, whatever last year's figure was. So 0 is shown and the denominator stays the true 0.
		IndicatorScore sync = scores.get(Indicator.DOSSIER_SYNC);
		if (sync.denominator() == 0) {
			scores.put(Indicator.DOSSIER_SYNC, new IndicatorScore(Indicator.DOSSIER_SYNC, 0, 0,
					Scoring.points(BigDecimal.ZERO), Scoring.points(BigDecimal.ZERO)));
		}
		// 3.3 [S/V] spec §10.2: the online share is multiplied by the sync rate.
		IndicatorScore online = scores.get(Indicator.ONLINE_DOSSIERS);
		if (online.denominator() > 0) {
			BigDecimal syncRate = Scoring.exactRatio(sync.numerator(), sync.denominator());
			BigDecimal ratio = Scoring.exactRatio(online.numerator(), online.denominator())
				.multiply(syncRate)
				.divide(Scoring.HUNDRED, java.math.MathContext.DECIMAL64);
			scores.put(Indicator.ONLINE_DOSSIERS,
					Scoring.scored(Indicator.ONLINE_DOSSIERS, online.numerator(), online.denominator(), ratio));
		}
		for (Indicator indicator : List.of(Indicator.PUBLIC_CONTENT_FULL, Indicator.ONLINE_PROCEDURES,
				Indicator.ONLINE_PROCEDURES_USED)) {
			scores.put(indicator, Scoring.of(indicator, procedures(indicator, Part.NUMERATOR, agencyId, usedOnline).size(),
					procedures(indicator, Part.DENOMINATOR, agencyId, usedOnline).size()));
		}
		FeedbackCounts f = started(period) ? feedback.onTime(period.firstDay(), period.lastDay(), agencyId)
				: new FeedbackCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
		// 5.1 [S/V] classified ÷ total; 5.2 [S/V] handled on time + in progress within 15 working days ÷ received
		// or handled; 5.3 [S/V] (first received − unsatisfied − overdue) ÷ first received (spec §10.2).
		scores.put(Indicator.FEEDBACK_CLASSIFIED, Scoring.of(Indicator.FEEDBACK_CLASSIFIED, f.classified(), f.total()));
		scores.put(Indicator.FEEDBACK_ON_TIME, Scoring.of(Indicator.FEEDBACK_ON_TIME, f.onTime(), f.total()));
		scores.put(Indicator.FEEDBACK_SATISFACTION,
				Scoring.of(Indicator.FEEDBACK_SATISFACTION, f.satisfied(), f.firstReceived()));
		List<IndicatorScore> list = List.copyOf(scores.values());
		BigDecimal total = list.stream().map(IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal max = Stream.of(Indicator.values()).map(Indicator::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Scorecard(agency, scopeName, period, list, Scoring.points(total), Scoring.points(max));
	}

	/** The procedures in force behind 1.3, 3.1 and 3.2, by code. */
	private List<CatalogProcedure> procedures(Indicator indicator, Part part, @Nullable UUID agency,
			Set<UUID> usedOnline) {
		Predicate<CatalogProcedure> counted = switch (indicator) {
			// 1.3 [S/V]: published procedures ÷ those with full content; per agency, those it is competent for.
			case PUBLIC_CONTENT_FULL -> part == Part.NUMERATOR ? CatalogProcedure::fullContent : p -> true;
			// 3.1 [S/V]: procedures offering online service (partial or full) ÷ procedures under competence.
			case ONLINE_PROCEDURES -> part == Part.NUMERATOR ? CatalogProcedure::online : p -> true;
			// 3.2 [S/V]: online services with at least one online dossier received in the period ÷ online services.
			case ONLINE_PROCEDURES_USED -> part == Part.NUMERATOR ? p -> p.online() && usedOnline.contains(p.id())
					: CatalogProcedure::online;
			default -> throw new IllegalArgumentException(indicator + " does not count procedures");
		};
		return catalog.procedures()
			.stream()
			.filter(p -> p.competent(agency))
			.filter(counted)
			.sorted(Comparator.comparing(CatalogProcedure::code))
			.toList();
	}

	private Set<UUID> usedOnline(Period period, @Nullable UUID agency) {
		Set<UUID> used = new HashSet<>();
		figures(period, agency).usedOnline().values().forEach(used::addAll);
		return used;
	}

	private static @Nullable Measure feedbackMeasure(Indicator indicator, Part part) {
		return switch (indicator) {
			case FEEDBACK_CLASSIFIED -> part == Part.NUMERATOR ? Measure.CLASSIFIED : Measure.TOTAL;
			case FEEDBACK_ON_TIME -> part == Part.NUMERATOR ? Measure.ON_TIME : Measure.TOTAL;
			case FEEDBACK_SATISFACTION -> part == Part.NUMERATOR ? Measure.SATISFIED : Measure.FIRST_RECEIVED;
			default -> null;
		};
	}

	private DrillDownLine dossierLine(DossierLine line, Map<AgencyId, AgencyName> names) {
		String agencyName = line.agency() == null ? "" : displayName(names.get(new AgencyId(line.agency())),
				new AgencyId(line.agency()));
		return new DrillDownLine(line.code() == null ? line.id().toString() : line.code(),
				line.procedureName() == null ? "" : line.procedureName(), agencyName, line.receivedAt(), line.dueAt(),
				line.endedAt(), text(DvcqgStatus.ofCode(line.status()).messageKey()), "/office/dossiers/" + line.id());
	}

	// --- helpers

	/** The end of the period, or now when it reaches into the future (nothing is judged late before it is). */
	private Instant end(Period period) {
		Instant now = clock.instant();
		return period.end().isAfter(now) ? now : period.end();
	}

	/** Whether the period has begun: a future one has no figures. */
	private boolean started(Period period) {
		return !period.start().isAfter(clock.instant());
	}

	private String name(AgencyId agency) {
		return displayName(directory.names(List.of(agency), today()).get(agency), agency);
	}

	private static String displayName(@Nullable AgencyName name, AgencyId id) {
		return name != null && name.name() != null ? name.name() : id.toString();
	}

	private String text(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		return messages.getMessage(key, null, key, locale);
	}

	private LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), VietnamTime.ZONE);
	}
}
