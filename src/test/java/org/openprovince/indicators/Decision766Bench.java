package org.openprovince.indicators;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A benchmark, not a test: 1,000,000 generated dossier facts of 60 agencies over 2025
 * ({@link Decision766Data}), then the time to compute the province's 2025 scorecard plus the ranking of
 * every agency ({@link Decision766#ranking(Period)}), against a reference measured in the same run — a {@code count(*)} over the whole fact
 * table — so the result reads as a ratio across machines. Target: below 3 s on 2 cores.
 *
 * <pre>./mvnw -q -B -Pbench test -Dtest=Decision766Bench</pre>
 * The report goes to {@code target/decision766-bench.txt}.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "openprovince.bench", matches = "true")
@SpringBootTest(properties = "logging.level.org.openprovince=WARN")
class Decision766Bench {

	/** {@code -Dopenprovince.bench.dossiers=200000} for a quicker run; the report is for 1,000,000. */
	static final int DOSSIERS = Integer.getInteger("openprovince.bench.dossiers", 1_000_000);

	static final int ROUNDS = 5;

	@Autowired
	Decision766 engine;

	@Autowired
	Decision766Data data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void provinceYearAndRankingOnAMillionDossiers() throws IOException {
		List<UUID> agencies = Decision766Data.ids(60);
		long generateStart = System.nanoTime();
		int inserted = data.generate(DOSSIERS, 2025, agencies, Decision766Data.ids(400), 0.42);
		jdbc.sql("analyze indicator_dossier_766").update();
		double generateSeconds = (System.nanoTime() - generateStart) / 1e9;
		assertThat(inserted).isEqualTo(DOSSIERS);

		Period year = Period.year(2025);
		engine.ranking(year);
		List<Long> engineTimes = new ArrayList<>();
		List<Long> separateTimes = new ArrayList<>();
		List<Long> referenceTimes = new ArrayList<>();
		List<Long> monthTimes = new ArrayList<>();
		Scorecard province = null;
		int ranked = 0;
		for (int i = 0; i < ROUNDS; i++) {
			long start = System.nanoTime();
			jdbc.sql("select count(*) from indicator_dossier_766").query(Long.class).single();
			referenceTimes.add(System.nanoTime() - start);
			start = System.nanoTime();
			var ranking = engine.ranking(year);
			engineTimes.add(System.nanoTime() - start);
			province = ranking.province();
			ranked = ranking.agencies().size();
			start = System.nanoTime();
			assertThat(engine.province(year)).isEqualTo(province);
			assertThat(engine.agencies(year)).isEqualTo(ranking.agencies());
			separateTimes.add(System.nanoTime() - start);
			start = System.nanoTime();
			engine.ranking(Period.month(2025, 6));
			monthTimes.add(System.nanoTime() - start);
		}
		double engineMs = median(engineTimes);
		double referenceMs = median(referenceTimes);
		var report = new StringBuilder();
		report.append("Decision 766 benchmark: %,d generated dossier facts (60 agencies, 2025) in %.1f s, %d cores%n"
			.formatted(inserted, generateSeconds, Runtime.getRuntime().availableProcessors()));
		report.append("province 2025 scorecard + ranking of %d agencies: median %.0f ms (min %.0f, max %.0f) over %d rounds%n"
			.formatted(ranked, engineMs, Collections.min(engineTimes) / 1e6, Collections.max(engineTimes) / 1e6, ROUNDS));
		report.append("the same as two calls, province(year) then agencies(year): median %.0f ms%n"
			.formatted(median(separateTimes)));
		report.append("province June 2025 scorecard + ranking: median %.0f ms%n".formatted(median(monthTimes)));
		report.append("reference: select count(*) over the fact table: median %.0f ms%n".formatted(referenceMs));
		report.append("ratio engine / reference = %.1f; target < 3 s: %s%n".formatted(engineMs / referenceMs,
				engineMs < 3_000 ? "met" : "NOT met"));
		report.append("province 2.1: %d / %d, total %s / %s%n".formatted(
				province.score(Indicator.ON_TIME).orElseThrow().numerator(),
				province.score(Indicator.ON_TIME).orElseThrow().denominator(), province.total(), province.maxTotal()));
		System.out.println(report);
		Files.writeString(Path.of("target", "decision766-bench.txt"), report, StandardCharsets.UTF_8);
		jdbc.sql("delete from indicator_dossier_766 where code like 'GEN-%'").update();
	}

	private static double median(List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2) / 1e6;
	}
}
