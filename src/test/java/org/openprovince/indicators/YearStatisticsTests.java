package org.openprovince.indicators;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprovince.indicators.YearStatistics.AgencyLine;
import org.openprovince.indicators.YearStatistics.AgencyMonthLine;
import org.openprovince.indicators.YearStatistics.MonthLine;
import org.openprovince.organization.AgencyId;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** The page's tables and the CSV file from the monthly rows, without a database. */
class YearStatisticsTests {

	static final AgencyId TU_PHAP = new AgencyId(UUID.fromString("00000000-0000-0000-0000-000000000002"));

	static final AgencyId HONG_HA = new AgencyId(UUID.fromString("00000000-0000-0000-0000-000000000051"));

	static final AgencyId MERGED = new AgencyId(UUID.fromString("00000000-0000-0000-0000-000000000099"));

	static final Map<AgencyId, AgencyName> NAMES = Map.of(TU_PHAP,
			new AgencyName(TU_PHAP, "000.00.02.H99", "Sở Tư pháp"), HONG_HA,
			new AgencyName(HONG_HA, "000.00.51.H99", "UBND phường Hồng Hà"), MERGED, AgencyName.unknown(MERGED));

	static final List<AgencyMonth> FIGURES = List.of(
			new AgencyMonth(TU_PHAP, YearMonth.of(2026, 3), new DossierCounts(10, 4, 5, 1, 8, 6)),
			new AgencyMonth(TU_PHAP, YearMonth.of(2026, 1), new DossierCounts(2, 0, 2, 0, 0, 0)),
			new AgencyMonth(HONG_HA, YearMonth.of(2026, 3), new DossierCounts(5, 5, 0, 0, 4, 4)),
			new AgencyMonth(MERGED, YearMonth.of(2026, 2), new DossierCounts(1, 0, 1, 0, 1, 0)),
			// Reported for a month after the last one (a clock ahead of the page's): left out everywhere.
			new AgencyMonth(HONG_HA, YearMonth.of(2026, 5), new DossierCounts(7, 7, 0, 0, 0, 0)));

	@Test
	void showsEachAgencysYearByNameAndTheProvinceMonthByMonthWithEmptyMonths() {
		var statistics = YearStatistics.of(2026, YearMonth.of(2026, 4), FIGURES, NAMES, null);

		assertThat(statistics.agency()).isNull();
		// Vietnamese alphabetical order (Sở before UBND), the agency the directory no longer knows last.
		assertThat(statistics.byAgency()).extracting(line -> line.agency().id(), AgencyLine::counts)
			.containsExactly(tuple(TU_PHAP, new DossierCounts(12, 4, 7, 1, 8, 6)),
					tuple(HONG_HA, new DossierCounts(5, 5, 0, 0, 4, 4)),
					tuple(MERGED, new DossierCounts(1, 0, 1, 0, 1, 0)));
		assertThat(statistics.byMonth()).extracting(MonthLine::month, MonthLine::counts)
			.containsExactly(tuple(YearMonth.of(2026, 1), new DossierCounts(2, 0, 2, 0, 0, 0)),
					tuple(YearMonth.of(2026, 2), new DossierCounts(1, 0, 1, 0, 1, 0)),
					tuple(YearMonth.of(2026, 3), new DossierCounts(15, 9, 5, 1, 12, 10)),
					tuple(YearMonth.of(2026, 4), DossierCounts.NONE));
		assertThat(statistics.total()).isEqualTo(new DossierCounts(18, 9, 8, 1, 13, 10));
		assertThat(statistics.agencies()).extracting(AgencyName::id).containsExactly(TU_PHAP, HONG_HA, MERGED);
	}

	@Test
	void showsTheChosenAgencyMonthByMonthAndAPastYearToDecember() {
		var statistics = YearStatistics.of(2026, YearMonth.of(2026, 12), FIGURES, NAMES, TU_PHAP);

		assertThat(statistics.agency()).isEqualTo(NAMES.get(TU_PHAP));
		assertThat(statistics.byAgency()).isEmpty();
		assertThat(statistics.byMonth()).hasSize(12);
		assertThat(statistics.byMonth().get(2).counts()).isEqualTo(new DossierCounts(10, 4, 5, 1, 8, 6));
		assertThat(statistics.total()).isEqualTo(new DossierCounts(12, 4, 7, 1, 8, 6));
		assertThat(statistics.rows()).extracting(AgencyMonthLine::month)
			.containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 3));
		assertThat(statistics.agencies()).as("the choice still lists every agency").hasSize(3);
	}

	@Test
	void writesACsvFileExcelReadsWithTheVietnameseLetters() {
		var statistics = YearStatistics.of(2026, YearMonth.of(2026, 4), FIGURES, NAMES, null);
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages/indicators");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);

		byte[] file = StatisticsCsv.write(statistics, bundles, Locale.forLanguageTag("vi"));

		assertThat(file).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(file, 3, file.length - 3, StandardCharsets.UTF_8);
		assertThat(text.split("\r\n", -1)).containsExactly(
				"Tháng,Mã cơ quan,Cơ quan,Tiếp nhận,Tiếp nhận trực tuyến,Tiếp nhận trực tiếp,Tiếp nhận qua bưu chính,"
						+ "Đã giải quyết,Giải quyết đúng hạn,Tỷ lệ đúng hạn (%)",
				"2026-01,000.00.02.H99,Sở Tư pháp,2,0,2,0,0,0,",
				"2026-03,000.00.02.H99,Sở Tư pháp,10,4,5,1,8,6,75.0",
				"2026-03,000.00.51.H99,UBND phường Hồng Hà,5,5,0,0,4,4,100.0",
				"2026-02,,Cơ quan không còn trong danh bạ,1,0,1,0,1,0,0.0",
				"");
	}

	@Test
	void quotesCommasAndDisarmsFormulasInAgencyNames() {
		var odd = new AgencyId(UUID.randomUUID());
		var names = Map.of(odd, new AgencyName(odd, "000.00.03.H99", "=HYPERLINK(\"x\"), Sở \"Mới\""));
		var statistics = YearStatistics.of(2026, YearMonth.of(2026, 1),
				List.of(new AgencyMonth(odd, YearMonth.of(2026, 1), new DossierCounts(1, 1, 0, 0, 0, 0))), names, null);
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasename("messages/indicators");
		bundles.setDefaultEncoding("UTF-8");

		String text = new String(StatisticsCsv.write(statistics, bundles, Locale.ENGLISH), StandardCharsets.UTF_8);

		assertThat(text).contains("Month,Agency code,Agency,Received,")
			.contains("2026-01,000.00.03.H99,\"'=HYPERLINK(\"\"x\"\"), Sở \"\"Mới\"\"\",1,1,0,0,0,0,\r\n");
	}
}
