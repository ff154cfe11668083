package org.openprovince.catalog;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Time limits in working hours: 8 hours a working day (office day 07:00–11:30, 13:30–17:00, spec §4.3),
 * and 8 hours per calendar day too, as the Thanh Hóa system budgets them (spec §2.3).
 */
class TimeLimitTests {

	@ParameterizedTest
	@CsvSource({
			// amount, unit, working hours
			"1, WORKING_DAYS, 8", // birth registration: the same day (Law on Civil Status, art. 16)
			"0.5, WORKING_DAYS, 4", // half a working day
			"3, WORKING_DAYS, 24", // business-household registration (3 working days)
			"15, CALENDAR_DAYS, 120", // house building permit: 15 days (Construction Law, art. 102)
			"4, HOURS, 4", // a same-morning certification
			"2.25, HOURS, 2.25" })
	void convertsToWorkingHoursAtEightHoursADay(String amount, TimeLimitUnit unit, String hours) {
		assertThat(new TimeLimit(new BigDecimal(amount), unit).workingHours()).isEqualTo(WorkingHours.of(hours));
	}

	@Test
	void equalsRegardlessOfTrailingZeros() {
		assertThat(new TimeLimit(new BigDecimal("3.00"), TimeLimitUnit.WORKING_DAYS)).isEqualTo(TimeLimit.workingDays(3));
		assertThat(new TimeLimit(new BigDecimal("10"), TimeLimitUnit.CALENDAR_DAYS).amount().toPlainString())
			.isEqualTo("10");
	}

	@Test
	void refusesZeroNegativeOverPreciseAndOverlongLimits() {
		assertThatThrownBy(() -> TimeLimit.workingDays(0)).hasMessage("Thời hạn giải quyết phải lớn hơn 0.");
		assertThatThrownBy(() -> new TimeLimit(new BigDecimal("-1"), TimeLimitUnit.HOURS))
			.isInstanceOf(CatalogException.class);
		assertThatThrownBy(() -> new TimeLimit(new BigDecimal("0.125"), TimeLimitUnit.WORKING_DAYS))
			.hasMessageContaining("quá nhiều chữ số thập phân");
		assertThatThrownBy(() -> TimeLimit.calendarDays(366)).hasMessageContaining("dài quá một năm");
	}
}
