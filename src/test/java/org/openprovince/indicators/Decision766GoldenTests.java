package org.openprovince.indicators;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.dossier.DossierChanged;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.dossier.Rating;
import org.openprovince.nationalsync.DossierSynced;
import org.openprovince.feedback.FeedbackIndicators;
import org.openprovince.organization.AgencyId;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.util.AopTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden tables of the Decision 766 engine (spec §10.2, §4.2) on a hand-built set of 20 dossiers of two
 * agencies unknown to the catalog (so their catalog figures are 0 of 0) in 2025, handed to the event
 * listener as explicit {@link DossierSnapshot}s and {@link DossierSynced} acknowledgements (called on the
 * listener itself, so synchronously), with every expected figure worked out in the comments. Times are
 * Vietnam time; the code column shows the dossier's name (A1…), its code ends with the same number.
 *
 * <p>Agency A (14 dossiers) — rec = received, app = appointment at reception, end = end of processing:
 * <pre>
 *      rec    app    end          chan  result  e-res comps  fee/paid  sync  other                2.1 Mar / Q1 / year
 * A1   03-03  03-10  03-08 (9)    onl   yes     yes   2/2    yes/yes   yes   procedure toàn trình  on / on / on
 * A2   03-04  03-11  03-12 (9)    dir   yes     no    2/1    yes/no    yes   procedure toàn trình  late (end after app)
 * A3   03-05  03-12  03-12 17:00  onl   yes     yes   1/1    –         yes   toàn trình, UNSATISFIED  on (end = app)
 * A4   03-06  03-13  03-15        dir   yes     yes   1/1    –         yes   1 supplement, 3 days paused: 03-15 − 3 d ≤ 03-13 → on
 * A5   03-07  03-14  03-10        pos   yes     yes   1/1    –         no    2 supplement requests → late
 * A6   03-10  03-20  –            onl   –       –     1/1    –         yes   waiting for supplement since 03-15 → end 03-15 → on
 * A7   03-11  03-25  –            onl   –       –     2/2    –         yes   in progress: end = period end → late
 * A8   03-12  04-15  –            dir   –       –     1/0    –         yes   in progress: on at 04-01 (Mar, Q1), late at 2026-01-01 (year)
 * A9   02-20  03-05  03-03        dir   yes     yes   1/1    –         yes   received in Feb, processed in Mar → on
 * A10  02-25  03-02  02-27        dir   yes     yes   1/1    –         no    ended in Feb: not in March → on (Q1, year)
 * A11  03-14  03-25  03-16 (7)    dir   no      –     1/1    –         yes   withdrawn → on
 * A12  03-17  03-24  03-19 (9 refused) onl  no  –     1/1    –         no    refused after appraisal → on
 * A13  03-18  none   03-18        dir   yes     no    1/1    yes/yes   no    on the spot, no appointment → on
 * A14  04-02  04-10  04-09        dir   yes     yes   1/1    –         yes   April only → on (year)
 * </pre>
 * Agency B (6 dossiers):
 * <pre>
 * B1   03-02  03-09 17:00  03-09 17:00  onl  yes  yes  1/1  sync  → on (end = app)
 * B2   03-03  03-06  03-20        onl   yes     no    1/0  sync  UNSATISFIED → late
 * B3   03-20  04-05  04-03        dir   yes     yes   1/1  sync  → Mar/Q1: in progress at 04-01 ≤ 04-05 on; year: on
 * B4   03-25  03-28  04-10        dir   yes     no    1/1  –     → late
 * B5   01-10  01-20  01-15        onl   yes     yes   1/1  sync  → on (Q1, year)
 * B6   06-01  06-10  06-20        dir   yes     yes   1/1  –     → late (year)
 * </pre>
 */
@SpringBootTest
class Decision766GoldenTests {

	@Autowired
	Decision766 engine;

	@Autowired
	Facts766 facts;

	@Autowired
	DossierEventsListener proxiedListener;

	DossierEventsListener listener;

	@Autowired
	CatalogFacts catalog;

	@Autowired
	FeedbackIndicators feedback;

	@Autowired
	JdbcClient jdbc;

	static final Period MARCH = Period.month(2025, 3);

	static final Period Q1 = Period.quarter(2025, 1);

	static final Period YEAR = Period.year(2025);

	AgencyId a = new AgencyId(UUID.randomUUID());

	AgencyId b = new AgencyId(UUID.randomUUID());

	UUID full;

	Map<String, Dossier> dossiers = new LinkedHashMap<>();

	@BeforeEach
	void recordTheDossiers() {
		// Leave out whatever another test left in 2025, so the province figures are those of A and B only.
		jdbc.sql("delete from indicator_dossier_766 where received_at < '2026-01-01' or received_at is null").update();
		listener = AopTestUtils.getUltimateTargetObject(proxiedListener);
		catalog.refresh();
		full = catalog.procedures().stream().filter(p -> p.onlineLevel() == OnlineLevel.FULL).findFirst()
			.map(CatalogFacts.CatalogProcedure::id).orElseThrow();
		UUID other = UUID.randomUUID();
		add("A1", a, full, "03-03", "03-10", 2).finished("03-08").result(true).components(2, 2).fee(true).synced();
		add("A2", a, full, "03-04", "03-11", 1).finished("03-12").result(false).components(2, 1).fee(false).synced();
		add("A3", a, full, "03-05", "03-12 17:00", 2).finished("03-12 17:00").result(true).unsatisfied().synced();
		add("A4", a, other, "03-06", "03-13", 1).finished("03-15").result(true).supplement(1, Duration.ofDays(3)).synced();
		add("A5", a, other, "03-07", "03-14", 3).finished("03-10").result(true).supplement(2, Duration.ofDays(1));
		add("A6", a, other, "03-10", "03-20", 2).waitingSince("03-15").synced();
		add("A7", a, other, "03-11", "03-25", 2).components(2, 2).synced();
		add("A8", a, other, "03-12", "04-15", 1).components(1, 0).synced();
		add("A9", a, other, "02-20", "03-05", 1).finished("03-03").result(true).synced();
		add("A10", a, other, "02-25", "03-02", 1).finished("02-27").result(true);
		add("A11", a, other, "03-14", "03-25", 1).withdrawn("03-16").synced();
		add("A12", a, other, "03-17", "03-24", 2).finished("03-19").refused();
		add("A13", a, other, "03-18", null, 1).finished("03-18").result(false).fee(true);
		add("A14", a, other, "04-02", "04-10", 1).finished("04-09").result(true).synced();
		add("B1", b, other, "03-02", "03-09 17:00", 2).finished("03-09 17:00").result(true).synced();
		add("B2", b, other, "03-03", "03-06", 2).finished("03-20").result(false).components(1, 0).unsatisfied().synced();
		add("B3", b, other, "03-20", "04-05", 1).finished("04-03").result(true).synced();
		add("B4", b, other, "03-25", "03-28", 1).finished("04-10").result(false);
		add("B5", b, other, "01-10", "01-20", 2).finished("01-15").result(true).synced();
		add("B6", b, other, "06-01", "06-10", 1).finished("06-20").result(true);
		dossiers.values().forEach(this::record);
	}

	// --- golden tables: {indicator, numerator, denominator, ratio (null = N/A), points}

	@Test
	void agencyAInMarch() {
		check(engine.agency(a, MARCH), new Object[][] {
				// Received in March: A1–A8, A11–A13 = 11; synced A1–A4, A6–A8, A11 = 8 → 72.73 %, 6 × 8/11 = 4.36.
				{ Indicator.DOSSIER_SYNC, 8, 11, "72.73", "4.36" },
				// Received or processed: those 11 + A9 (ended 03-03) = 12; A10 ended in Feb. Late: A2, A5 (2 requests),
				// A7 (in progress past 03-25 at 04-01) → 9/12 = 75 %, 20 × 0.75 = 15.
				{ Indicator.ON_TIME, 9, 12, "75.00", "15.00" },
				// Procedure toàn trình: A1 (online), A2 (direct), A3 (online) → 2/3, 12 × 2/3 = 8.
				{ Indicator.FULL_ONLINE, 2, 3, "66.67", "8.00" },
				// Online received: A1, A3, A6, A7, A12 (refused: no result due) = 5/11 = 45.45 % × sync 72.73 % = 33.06 %.
				{ Indicator.ONLINE_DOSSIERS, 5, 11, "33.06", "0.00" },
				// Fee: A1 (paid online), A2 (not), A13 (paid online) → 2/3, 6 × 2/3 = 4.
				{ Indicator.ONLINE_PAYMENT, 2, 3, "66.67", "4.00" },
				// Finished with a result in March: A1 A2 A3 A4 A5 A9 A13 = 7 (A11 withdrawn, A12 refused); e-result all but
				// A2 and A13 → 5/7 = 71.43 %, 6 × 5/7 = 4.29.
				{ Indicator.ELECTRONIC_RESULT, 5, 7, "71.43", "4.29" },
				// Received 11; not digitised: A2 (1 of 2), A8 (0 of 1), A13 (result without e-result) → 8/11 = 72.73 %,
				// below T = 80: 72.73 × 4 / 80 = 3.64.
				{ Indicator.DIGITISED, 8, 11, "72.73", "3.64" },
				// The 9 on time less A3 (unsatisfied) = 8/12 = 66.67 %, T = 90: 66.67 × 6 / 90 = 4.44.
				{ Indicator.DOSSIER_SATISFACTION, 8, 12, "66.67", "4.44" },
				// Unknown to the catalog, no feedback: N/A, 0 points.
				{ Indicator.PUBLIC_CONTENT_FULL, 0, 0, null, "0.00" },
				{ Indicator.ONLINE_PROCEDURES_USED, 0, 0, null, "0.00" },
				{ Indicator.FEEDBACK_ON_TIME, 0, 0, null, "0.00" } });
		// 4.36 + 15 + 8 + 4 + 4.29 + 3.64 + 4.44 = 43.73 of 74 (2 + 6 + 20 + 12 + 6 + 6 + 4 + 6 + 6 + 6).
		assertThat(engine.agency(a, MARCH).total()).isEqualByComparingTo("43.73");
		assertThat(engine.agency(a, MARCH).maxTotal()).isEqualByComparingTo("74");
	}

	@Test
	void agencyBInMarch() {
		check(engine.agency(b, MARCH), new Object[][] {
				// Received B1–B4; synced B1–B3 → 3/4, 6 × 0.75 = 4.5.
				{ Indicator.DOSSIER_SYNC, 3, 4, "75.00", "4.50" },
				// B1 on (end = app), B2 late, B3 in progress at 04-01 ≤ 04-05 on, B4 in progress at 04-01 > 03-28 late → 2/4.
				{ Indicator.ON_TIME, 2, 4, "50.00", "10.00" },
				{ Indicator.FULL_ONLINE, 0, 0, null, "0.00" },
				// Online B1 (e-result) and B2 (result without e-result: not counted) → 1/4 = 25 % × 75 % = 18.75 %.
				{ Indicator.ONLINE_DOSSIERS, 1, 4, "18.75", "0.00" },
				{ Indicator.ONLINE_PAYMENT, 0, 0, null, "0.00" },
				// Finished with a result in March: B1 (e-result), B2 (none) → 1/2, 6 × 0.5 = 3.
				{ Indicator.ELECTRONIC_RESULT, 1, 2, "50.00", "3.00" },
				// B2 has 0 of 1 component digitised; B3, B4 have no result due yet → 3/4 = 75 %, 75 × 4 / 80 = 3.75.
				{ Indicator.DIGITISED, 3, 4, "75.00", "3.75" },
				// On time and not unsatisfied: B1, B3 → 2/4 = 50 %, 50 × 6 / 90 = 3.33.
				{ Indicator.DOSSIER_SATISFACTION, 2, 4, "50.00", "3.33" } });
		// 4.5 + 10 + 3 + 3.75 + 3.33 = 24.58.
		assertThat(engine.agency(b, MARCH).total()).isEqualByComparingTo("24.58");
	}

	@Test
	void provinceInMarch() {
		check(engine.province(MARCH), new Object[][] {
				// A + B: synced 8 + 3 of 11 + 4 → 73.33 %, 6 × 11/15 = 4.40.
				{ Indicator.DOSSIER_SYNC, 11, 15, "73.33", "4.40" },
				// 9 + 2 of 12 + 4 = 68.75 %, 20 × 11/16 = 13.75.
				{ Indicator.ON_TIME, 11, 16, "68.75", "13.75" },
				{ Indicator.FULL_ONLINE, 2, 3, "66.67", "8.00" },
				// 5 + 1 of 15 = 40 % × 73.33 % = 29.33 %.
				{ Indicator.ONLINE_DOSSIERS, 6, 15, "29.33", "0.00" },
				{ Indicator.ONLINE_PAYMENT, 2, 3, "66.67", "4.00" },
				// 5 + 1 of 7 + 2 → 66.67 %, 6 × 6/9 = 4.
				{ Indicator.ELECTRONIC_RESULT, 6, 9, "66.67", "4.00" },
				// 8 + 3 of 15 = 73.33 % × 4 / 80 = 3.67.
				{ Indicator.DIGITISED, 11, 15, "73.33", "3.67" },
				// 8 + 2 of 16 = 62.5 % × 6 / 90 = 4.17.
				{ Indicator.DOSSIER_SATISFACTION, 10, 16, "62.50", "4.17" } });
	}

	@Test
	void agenciesInTheFirstQuarter() {
		check(engine.agency(a, Q1), new Object[][] {
				// Received in Q1: A1–A13 = 13; synced the 8 of March + A9 = 9 → 69.23 %, 6 × 9/13 = 4.15.
				{ Indicator.DOSSIER_SYNC, 9, 13, "69.23", "4.15" },
				// The 12 of March (9 on time) + A10 (on time) → 10/13 = 76.92 %, 20 × 10/13 = 15.38.
				{ Indicator.ON_TIME, 10, 13, "76.92", "15.38" },
				// A9, A10 direct: 5/13 = 38.46 % × 69.23 % = 26.63 %.
				{ Indicator.ONLINE_DOSSIERS, 5, 13, "26.63", "0.00" },
				// The 7 of March + A10 (e-result) → 6/8 = 75 %, 6 × 0.75 = 4.5.
				{ Indicator.ELECTRONIC_RESULT, 6, 8, "75.00", "4.50" },
				// 8 of March + A9 + A10 → 10/13 = 76.92 % × 4 / 80 = 3.85.
				{ Indicator.DIGITISED, 10, 13, "76.92", "3.85" },
				// 8 of March + A10 → 9/13 = 69.23 % × 6 / 90 = 4.62.
				{ Indicator.DOSSIER_SATISFACTION, 9, 13, "69.23", "4.62" } });
		check(engine.agency(b, Q1), new Object[][] {
				// B1–B5; synced B1 B2 B3 B5 → 4/5, 6 × 0.8 = 4.8.
				{ Indicator.DOSSIER_SYNC, 4, 5, "80.00", "4.80" },
				// B1 on, B2 late, B3 on (in progress at 04-01), B4 late, B5 on → 3/5, 20 × 0.6 = 12.
				{ Indicator.ON_TIME, 3, 5, "60.00", "12.00" },
				// Online B1, B5 (B2 result without e-result) → 2/5 = 40 % × 80 % = 32 %.
				{ Indicator.ONLINE_DOSSIERS, 2, 5, "32.00", "0.00" },
				// B1, B2, B5 finished with a result; e-result B1, B5 → 2/3, 6 × 2/3 = 4.
				{ Indicator.ELECTRONIC_RESULT, 2, 3, "66.67", "4.00" },
				// All but B2 → 4/5 = 80 % ≥ T: 4.
				{ Indicator.DIGITISED, 4, 5, "80.00", "4.00" },
				{ Indicator.DOSSIER_SATISFACTION, 3, 5, "60.00", "4.00" } });
	}

	@Test
	void agenciesInTheYear() {
		check(engine.agency(a, YEAR), new Object[][] {
				// 14 received; synced 9 + A14 = 10 → 71.43 %, 6 × 10/14 = 4.29.
				{ Indicator.DOSSIER_SYNC, 10, 14, "71.43", "4.29" },
				// Period end 2026-01-01: A8 (app 04-15, in progress) is now late; A6 still ends at its supplement request
				// (03-15); A14 on. Late: A2 A5 A7 A8 → 10/14 = 71.43 %, 20 × 10/14 = 14.29.
				{ Indicator.ON_TIME, 10, 14, "71.43", "14.29" },
				{ Indicator.FULL_ONLINE, 2, 3, "66.67", "8.00" },
				// 5/14 = 35.71 % × 71.43 % = 25.51 %.
				{ Indicator.ONLINE_DOSSIERS, 5, 14, "25.51", "0.00" },
				{ Indicator.ONLINE_PAYMENT, 2, 3, "66.67", "4.00" },
				// 8 of Q1 + A14 → 7/9 = 77.78 %, 6 × 7/9 = 4.67.
				{ Indicator.ELECTRONIC_RESULT, 7, 9, "77.78", "4.67" },
				// 10 of Q1 + A14 → 11/14 = 78.57 % × 4 / 80 = 3.93.
				{ Indicator.DIGITISED, 11, 14, "78.57", "3.93" },
				// 10 on time less A3 → 9/14 = 64.29 % × 6 / 90 = 4.29.
				{ Indicator.DOSSIER_SATISFACTION, 9, 14, "64.29", "4.29" } });
		check(engine.agency(b, YEAR), new Object[][] {
				// B1–B6; synced B1 B2 B3 B5 → 4/6 = 66.67 %, 4.
				{ Indicator.DOSSIER_SYNC, 4, 6, "66.67", "4.00" },
				// B3 ended 04-03 ≤ 04-05 on; B4, B6 late; → B1 B3 B5 = 3/6, 10.
				{ Indicator.ON_TIME, 3, 6, "50.00", "10.00" },
				// Online B1 B5 of 6 = 33.33 % × 66.67 % = 22.22 %.
				{ Indicator.ONLINE_DOSSIERS, 2, 6, "22.22", "0.00" },
				// All six finished with a result; e-result B1 B3 B5 B6 → 4/6, 4.
				{ Indicator.ELECTRONIC_RESULT, 4, 6, "66.67", "4.00" },
				// B2 (0/1), B4 (result without e-result) not digitised → 4/6 = 66.67 % × 4 / 80 = 3.33.
				{ Indicator.DIGITISED, 4, 6, "66.67", "3.33" },
				{ Indicator.DOSSIER_SATISFACTION, 3, 6, "50.00", "3.33" } });
	}

	@Test
	void ranksTheAgenciesBestFirst() {
		List<Scorecard> ranking = engine.agencies(MARCH);
		assertThat(ranking).extracting(Scorecard::agency).containsExactly(a, b);
		assertThat(ranking.get(0).total()).isEqualByComparingTo("43.73");
	}

	@Test
	void everyDrillDownHasAsManyRowsAsItsFigure() {
		for (Period period : List.of(MARCH, Q1, YEAR, Period.month(2025, 4))) {
			List<Scorecard> cards = new ArrayList<>(List.of(engine.province(period), engine.agency(a, period),
					engine.agency(b, period)));
			for (Scorecard card : cards) {
				for (IndicatorScore score : card.scores()) {
					for (Part part : Part.values()) {
						DrillDown drill = engine.drillDown(score.indicator(), part, card.agency(), period, 0);
						long figure = part == Part.NUMERATOR ? score.numerator() : score.denominator();
						assertThat(drill.total()).as("%s %s %s %s", score.indicator(), part, card.scopeName(), period)
							.isEqualTo(figure);
						assertThat(drill.lines()).hasSize((int) Math.min(figure, Decision766.PAGE_SIZE));
					}
				}
			}
		}
		DrillDown late = engine.drillDown(Indicator.ON_TIME, Part.DENOMINATOR, a, MARCH, 0);
		assertThat(late.lines()).extracting(DrillDownLine::reference)
			.contains(dossiers.get("A1").code().value(), dossiers.get("A9").code().value())
			.doesNotContain(dossiers.get("A10").code().value(), dossiers.get("A14").code().value());
		assertThat(late.lines().getFirst().href()).startsWith("/office/dossiers/");
	}

	@Test
	void staleAndRedeliveredEventsChangeNothing() {
		Scorecard before = engine.agency(a, YEAR);
		// A2 again at the same version, and at an older one that said it finished on time, unsynced.
		record(dossiers.get("A2"));
		Dossier older = dossiers.get("A2").copy(0).finished("03-05");
		record(older);
		Dossier a2 = dossiers.get("A2");
		listener.on(new DossierSynced(new DossierId(a2.id), a2.code(), 0, instant("2025-03-05")));
		assertThat(facts.recordSynced(a2.id, 0, instant("2025-03-05"))).isFalse();
		assertThat(engine.agency(a, YEAR)).isEqualTo(before);
		// A newer version does change it: A2 reported again as finished on time.
		record(dossiers.get("A2").copy(5).finished("03-10"));
		assertThat(engine.agency(a, YEAR).score(Indicator.ON_TIME).orElseThrow().numerator()).isEqualTo(11);
	}

	@Test
	void theCatalogFiguresOfTheProvinceAreTheCatalogsProcedures() {
		Scorecard province = engine.province(MARCH);
		long inForce = catalog.procedures().size();
		long online = catalog.procedures().stream().filter(CatalogFacts.CatalogProcedure::online).count();
		assertThat(province.score(Indicator.PUBLIC_CONTENT_FULL).orElseThrow().denominator()).isEqualTo(inForce);
		assertThat(province.score(Indicator.ONLINE_PROCEDURES).orElseThrow().numerator()).isEqualTo(online);
		// Only the procedure toàn trình had online dossiers in March (A1, A3): the others are random ids.
		assertThat(province.score(Indicator.ONLINE_PROCEDURES_USED).orElseThrow().numerator()).isEqualTo(1);
		var counts = feedback.onTime(MARCH.firstDay(), MARCH.lastDay(), null);
		assertThat(province.score(Indicator.FEEDBACK_ON_TIME).orElseThrow().numerator()).isEqualTo(counts.onTime());
	}

	// --- helpers

	private void check(Scorecard card, Object[][] rows) {
		for (Object[] row : rows) {
			Indicator indicator = (Indicator) row[0];
			IndicatorScore score = card.score(indicator).orElseThrow();
			assertThat(score.numerator()).as("%s numerator", indicator).isEqualTo(((Integer) row[1]).longValue());
			assertThat(score.denominator()).as("%s denominator", indicator).isEqualTo(((Integer) row[2]).longValue());
			if (row[3] == null) {
				assertThat(score.ratio()).as("%s ratio", indicator).isNull();
			}
			else {
				assertThat(score.ratio()).as("%s ratio", indicator).isEqualTo(new BigDecimal((String) row[3]));
			}
			assertThat(score.points()).as("%s points", indicator).isEqualTo(new BigDecimal((String) row[4]));
		}
		BigDecimal sum = card.scores().stream().map(IndicatorScore::points).reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(card.total()).isEqualByComparingTo(sum);
	}

	private Dossier add(String name, AgencyId agency, UUID procedure, String received, @Nullable String appointment,
			int channel) {
		Dossier d = new Dossier(name, agency.value(), procedure, instant("2025-" + received), appointment == null ? null
				: instant("2025-" + (appointment.length() == 5 ? appointment + " 17:00" : appointment)), channel);
		dossiers.put(name, d);
		return d;
	}

	private void record(Dossier d) {
		listener.on(new DossierChanged(d.snapshot()));
		if (d.synced) {
			listener.on(new DossierSynced(new DossierId(d.id), d.code(), d.version, d.received.plusSeconds(60)));
		}
	}

	static Instant instant(String text) {
		String full = text.length() == 10 ? text + " 09:00" : text;
		if (full.length() == 11) {
			full = full + "09:00";
		}
		return LocalDateTime.parse(full.replace(' ', 'T')).atZone(VietnamTime.ZONE).toInstant();
	}

	/** A dossier as its last event told it. */
	static final class Dossier {

		final String name;

		UUID id = UUID.randomUUID();

		final UUID agency;

		final UUID procedure;

		final Instant received;

		final @Nullable Instant appointment;

		final int channel;

		long version = 3;

		int status = 4;

		@Nullable Instant finished;

		@Nullable Instant withdrawn;

		boolean refused;

		boolean result;

		boolean electronic;

		int components = 1;

		int digitised = 1;

		boolean fee;

		boolean paidOnline;

		boolean unsatisfied;

		int requests;

		Duration paused = Duration.ZERO;

		@Nullable Instant waitingSince;

		Dossier(String name, UUID agency, UUID procedure, Instant received, @Nullable Instant appointment, int channel) {
			this.name = name;
			this.agency = agency;
			this.procedure = procedure;
			this.received = received;
			this.appointment = appointment;
			this.channel = channel;
		}

		Dossier copy(long newVersion) {
			Dossier c = new Dossier(name, agency, procedure, received, appointment, channel);
			java.lang.reflect.Field[] fields = Dossier.class.getDeclaredFields();
			try {
				for (var field : fields) {
					if (!java.lang.reflect.Modifier.isFinal(field.getModifiers())) {
						field.set(c, field.get(this));
					}
				}
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
			c.version = newVersion;
			return c;
		}

		Dossier finished(String day) {
			finished = instant("2025-" + day);
			status = 9;
			return this;
		}

		Dossier result(boolean electronicResult) {
			result = true;
			electronic = electronicResult;
			return this;
		}

		Dossier refused() {
			refused = true;
			return this;
		}

		Dossier withdrawn(String day) {
			withdrawn = instant("2025-" + day);
			status = 7;
			return this;
		}

		Dossier components(int all, int withFile) {
			components = all;
			digitised = withFile;
			return this;
		}

		Dossier fee(boolean paid) {
			fee = true;
			paidOnline = paid;
			return this;
		}

		Dossier unsatisfied() {
			unsatisfied = true;
			return this;
		}

		Dossier supplement(int count, Duration pause) {
			requests = count;
			paused = pause;
			return this;
		}

		Dossier waitingSince(String day) {
			requests = 1;
			waitingSince = instant("2025-" + day);
			status = 5;
			return this;
		}

		Dossier synced() {
			synced = true;
			return this;
		}

		boolean synced;

		DossierCode code() {
			int number = Integer.parseInt(name.substring(1)) + (name.startsWith("B") ? 100 : 0);
			return new DossierCode("000.00.09.H99-250301-%04d".formatted(number));
		}

		DossierSnapshot snapshot() {
			Instant ended = finished != null ? finished : withdrawn;
			return new DossierSnapshot(new DossierId(id), code(), version, ended != null ? ended : received,
					new ProcedureId(procedure), "1.000001", "Thủ tục " + name, new AgencyId(agency), new AgencyId(agency),
					Channel.ofCode(channel), DvcqgStatus.ofCode(status), refused, received, received, appointment,
					appointment, ended, null, requests, paused, waitingSince, fee, paidOnline, components, digitised,
					result && electronic, unsatisfied ? Rating.UNSATISFIED : Rating.SATISFIED, false);
		}
	}
}
