package org.openprovince.indicators;

import java.time.Instant;
import java.time.YearMonth;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Months are Vietnam's (UTC+7, no daylight saving): the boundary is 17:00 UTC on the month's last day. */
class ReportingMonthTests {

	@ParameterizedTest(name = "{0} → {1} ({2})")
	@CsvSource(delimiter = '|', textBlock = """
			2026-01-31T16:59:59.999Z | 2026-01 | 23:59:59.999 on 31/1 in Hà Nội
			2026-01-31T17:00:00Z     | 2026-02 | 00:00 on 1/2 in Hà Nội, still January in UTC
			2026-02-28T17:30:00Z     | 2026-03 | 2026 is not a leap year
			2025-12-31T17:00:00Z     | 2026-01 | and the year changes with it
			2026-06-30T16:59:59Z     | 2026-06 | 23:59:59 on 30/6 in Hà Nội
			""")
	void fallsInTheMonthOfVietnamTime(String instant, String month, String why) {
		assertThat(ReportingMonth.of(Instant.parse(instant))).isEqualTo(YearMonth.parse(month));
	}
}
