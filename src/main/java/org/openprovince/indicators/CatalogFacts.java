package org.openprovince.indicators;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Catalog;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.platform.VietnamTime;
import org.springframework.stereotype.Component;

/**
 * The catalog side of the indicators (1.3, 3.1, 3.2 and the procedures offered toàn trình), "as of now"
 * (spec §10.2, 1.3): the procedures in force today, read through {@link Catalog} and kept for
 * {@code openprovince.indicators.catalog-cache} so that a ranking of every agency reads the catalog once.
 */
@Component
class CatalogFacts {

	/**
	 * A procedure in force.
	 *
	 * @param fullContent publishes every part Decree 63/2010 art. 8.2 requires (spec §10.2, 1.3)
	 * @param competent the agencies configured as competent for it
	 */
	record CatalogProcedure(UUID id, String code, String name, OnlineLevel onlineLevel, boolean fullContent,
			Set<UUID> competent) {

		boolean online() {
			return onlineLevel != OnlineLevel.INFORMATION;
		}

		boolean competent(@Nullable UUID agency) {
			return agency == null || competent.contains(agency);
		}
	}

	private record Snapshot(Instant takenAt, List<CatalogProcedure> procedures) {
	}

	private final Catalog catalog;

	private final IndicatorsSettings settings;

	private final Clock clock;

	private volatile @Nullable Snapshot snapshot;

	CatalogFacts(Catalog catalog, IndicatorsSettings settings, Clock clock) {
		this.catalog = catalog;
		this.settings = settings;
		this.clock = clock;
	}

	/** The procedures in force today, at most {@code catalog-cache} old. */
	List<CatalogProcedure> procedures() {
		Snapshot current = snapshot;
		Instant now = clock.instant();
		if (current == null || current.takenAt().plus(settings.catalogCache()).isBefore(now)
				|| current.takenAt().isAfter(now)) {
			current = new Snapshot(now, read(LocalDate.ofInstant(now, VietnamTime.ZONE)));
			snapshot = current;
		}
		return current.procedures();
	}

	/** Forgets the cached catalog (tests change it). */
	void refresh() {
		snapshot = null;
	}

	/** The procedures offered toàn trình, as the {@code uuid[]} literal {@link Rules} takes. */
	String fullOnline() {
		return procedures().stream()
			.filter(p -> p.onlineLevel() == OnlineLevel.FULL)
			.map(p -> p.id().toString())
			.collect(Collectors.joining(",", "{", "}"));
	}

	private List<CatalogProcedure> read(LocalDate today) {
		List<CatalogProcedure> procedures = new ArrayList<>();
		for (ProcedureId id : catalog.proceduresInForce(today)) {
			catalog.versionInForce(id, today).ifPresent(version -> procedures.add(procedure(version)));
		}
		return List.copyOf(procedures);
	}

	private static CatalogProcedure procedure(ProcedureVersion version) {
		ProcedureContent content = version.content();
		return new CatalogProcedure(version.procedureId().value(), version.code().value(), content.name(),
				content.onlineLevel(), fullContent(content),
				version.agencies().stream().map(s -> s.competent().id().value()).collect(Collectors.toUnmodifiableSet()));
	}

	/**
	 * 1.3 [S/V] spec §10.2: name, steps, method (channels), components with their quantities, time limit,
	 * subjects and agency (Decree 63/2010 art. 8.2). The catalog refuses content missing most of them, so
	 * what is left to check is the quantity of each component (a component of 0 originals and 0 copies
	 * says nothing about what to bring) and the results.
	 */
	static boolean fullContent(ProcedureContent content) {
		return !content.name().isBlank() && !content.steps().isEmpty() && !content.channels().isEmpty()
				&& !content.documents().isEmpty()
				&& content.documents().stream().allMatch(CatalogFacts::quantified)
				&& content.timeLimit() != null && !content.targetSubjects().isBlank()
				&& !content.implementingAgency().isBlank() && !content.results().isEmpty();
	}

	private static boolean quantified(RequiredDocument document) {
		return document.originals() + document.copies() > 0;
	}
}
