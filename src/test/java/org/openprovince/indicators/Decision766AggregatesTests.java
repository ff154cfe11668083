package org.openprovince.indicators;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openprovince.indicators.DossierFigures.Figures;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The aggregates the triggers of {@code indicator_dossier_766} maintain give exactly the figures of the
 * full computation over the facts: a few thousand random facts (with newer versions moving dossiers between
 * months, stale and redelivered events, acknowledgements, deletions, month-boundary times, dossiers ended
 * before they were received) recorded through {@link Facts766}, then every dossier indicator of every
 * agency and of the province for every month, quarter and the year, and for periods ending "now" in the
 * middle of a month.
 */
@SpringBootTest
class Decision766AggregatesTests {

	static final int YEAR = 2024;

	@Autowired
	Facts766 facts;

	@Autowired
	DossierFigures figures;

	@Autowired
	JdbcClient jdbc;

	final Random random = new Random(766);

	final List<UUID> agencies = Decision766Data.ids(4);

	final List<UUID> procedures = Decision766Data.ids(8);

	/** Procedures 0–2 are offered toàn trình. */
	final String fullOnline = procedures.subList(0, 3).stream().map(UUID::toString)
		.collect(Collectors.joining(",", "{", "}"));

	final List<UUID> recorded = new ArrayList<>();

	@AfterEach
	void removeTheFacts() {
		jdbc.sql("delete from indicator_dossier_766 where dossier_id in (:ids)").param("ids", recorded).update();
	}

	@Test
	void aggregatesGiveTheFiguresOfTheFullComputation() {
		List<DossierFact> latest = new ArrayList<>();
		for (int i = 0; i < 2_500; i++) {
			DossierFact fact = fact(UUID.randomUUID(), 3);
			recorded.add(fact.dossierId());
			assertThat(facts.record(fact)).isTrue();
			latest.add(fact);
		}
		for (int i = 0; i < 2_000; i++) {
			int index = random.nextInt(latest.size());
			DossierFact last = latest.get(index);
			switch (random.nextInt(4)) {
				// redelivered: changes nothing
				case 0 -> assertThat(facts.record(last)).isFalse();
				// stale: changes nothing
				case 1 -> assertThat(facts.record(fact(last.dossierId(), last.version() - 1))).isFalse();
				// acknowledged by the national portal (once, or again at an older version)
				case 2 -> facts.recordSynced(last.dossierId(), last.version() - random.nextInt(2),
						Instant.parse(YEAR + "-12-31T00:00:00Z"));
				// a newer version: ended, moved to another month, another agency…
				default -> {
					DossierFact next = fact(last.dossierId(), last.version() + 1 + random.nextInt(3));
					assertThat(facts.record(next)).isTrue();
					latest.set(index, next);
				}
			}
		}
		assertThat(figures.figures(Period.year(YEAR).start(), Period.year(YEAR).end(), null, fullOnline, true).counts())
			.as("every agency has dossiers in the year")
			.containsKeys(agencies.toArray(UUID[]::new));
		compareEveryPeriod();
		jdbc.sql("delete from indicator_dossier_766 where dossier_id in (:ids)")
			.param("ids", recorded.subList(0, 300))
			.update();
		compareEveryPeriod();
	}

	private void compareEveryPeriod() {
		List<Period> periods = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			periods.add(Period.month(YEAR, month));
		}
		for (int quarter = 1; quarter <= 4; quarter++) {
			periods.add(Period.quarter(YEAR, quarter));
		}
		periods.add(Period.year(YEAR));
		periods.add(Period.year(YEAR + 1));
		for (Period period : periods) {
			compare(period.start(), period.end());
			// "now" in the middle of the period: the period ends then.
			long span = Duration.between(period.start(), period.end()).toSeconds();
			compare(period.start(), period.start().plusSeconds(1 + random.nextLong(span - 1)));
		}
		// "now" before the period starts (a future period) and exactly at a month's start.
		compare(Period.month(YEAR, 6).start(), Period.month(YEAR, 5).start().plusSeconds(3600));
		compare(Period.year(YEAR).start(), Period.month(YEAR, 9).start());
	}

	private void compare(Instant start, Instant end) {
		List<@Nullable UUID> scopes = new ArrayList<>(agencies);
		scopes.add(null);
		for (UUID agency : scopes) {
			Figures aggregated = figures.figures(start, end, agency, fullOnline, true);
			Figures full = figures.figures(start, end, agency, fullOnline, false);
			String what = "agency " + agency + ", " + start + " to " + end;
			assertThat(readable(aggregated.counts())).as(what).isEqualTo(readable(full.counts()));
			assertThat(new TreeMap<>(aggregated.usedOnline())).as(what).isEqualTo(new TreeMap<>(full.usedOnline()));
		}
	}

	private static Map<UUID, String> readable(Map<UUID, DossierFigures.Counts> counts) {
		Map<UUID, String> text = new TreeMap<>();
		counts.forEach((agency, c) -> text.put(agency,
				Arrays.toString(c.numerators()) + " / " + Arrays.toString(c.denominators())));
		return text;
	}

	/** A random dossier of {@link #YEAR}: 1 in 10 received at midnight on the 1st of a month (Vietnam time). */
	private DossierFact fact(UUID id, long version) {
		Instant received = random.nextInt(40) == 0 ? null
				: random.nextInt(10) == 0
						? LocalDate.of(YEAR, 1 + random.nextInt(12), 1).atStartOfDay(VietnamTime.ZONE).toInstant()
						: LocalDate.of(YEAR, 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant()
							.plusSeconds(random.nextLong(366L * 86_400));
		Instant appointment = received == null || random.nextInt(20) == 0 ? null
				: received.plus(Duration.ofHours(1 + random.nextInt(30 * 24)));
		boolean ended = random.nextInt(10) < 7;
		Instant endedAt = !ended ? null
				: received == null ? Instant.parse(YEAR + "-03-01T00:00:00Z").plusSeconds(random.nextLong(300L * 86_400))
						: random.nextInt(30) == 0 ? received.minus(Duration.ofDays(1 + random.nextInt(40)))
								: random.nextInt(10) == 0
										? LocalDate.ofInstant(received, VietnamTime.ZONE).withDayOfMonth(1).plusMonths(1)
											.atStartOfDay(VietnamTime.ZONE).toInstant()
										: received.plus(Duration.ofHours(random.nextInt(50 * 24)));
		int requests = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
		Duration paused = requests == 0 ? Duration.ZERO : Duration.ofSeconds(random.nextInt(6 * 86_400));
		Instant openSince = !ended && requests > 0 && received != null && random.nextBoolean()
				? received.plus(Duration.ofHours(random.nextInt(40 * 24))) : null;
		boolean withResult = ended && random.nextInt(5) > 0;
		int components = 1 + random.nextInt(4);
		return new DossierFact(id, version, "AGG-" + id, procedures.get(random.nextInt(procedures.size())), "1.000001",
				"Thủ tục", agencies.get(random.nextInt(agencies.size())), agencies.get(random.nextInt(agencies.size())),
				1 + random.nextInt(3), ended ? 9 + random.nextInt(2) : 1 + random.nextInt(8), received, appointment,
				appointment, endedAt, ended && random.nextInt(5) == 0, withResult, requests, paused, openSince,
				random.nextBoolean(), random.nextBoolean(), components, random.nextInt(components + 1),
				withResult && random.nextInt(4) > 0, random.nextInt(8) == 0);
	}
}
