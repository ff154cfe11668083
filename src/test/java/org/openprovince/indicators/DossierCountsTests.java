package org.openprovince.indicators;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openprovince.catalog.Channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The on-time rate of the statistics page and the counting of one event. */
class DossierCountsTests {

	// Golden table: finished, finished on time → rate shown (%). Rate = on time ÷ finished × 100 (the 766
	// ratio rule, spec §10.2, "ratio = numerator / denominator × 100%"), one decimal, half up.
	@ParameterizedTest(name = "{1} of {0} on time → {2} % ({3})")
	@CsvSource(delimiter = '|', textBlock = """
			1    | 1    | 100.0 | all on time
			3    | 3    | 100.0 | all on time
			1    | 0    | 0.0 | none on time
			3    | 2    | 66.7 | 66.666… rounds up
			3    | 1    | 33.3 | 33.333… rounds down
			8    | 1    | 12.5 | exact
			16   | 1    | 6.3 | 6.25 rounds half up
			1000 | 999  | 99.9 | exact
			2000 | 1999 | 99.9 | 99.95 would round to 100.0: one late dossier never shows as 100 %
			3000 | 1    | 0.1 | 0.033… would round to 0.0: one dossier on time never shows as 0 %
			""")
	void ratesTheFinishedDossiersThatWereOnTime(long finished, long onTime, String rate, String why) {
		var counts = new DossierCounts(0, 0, 0, 0, finished, onTime);

		assertThat(counts.onTimeRate()).isEqualByComparingTo(new BigDecimal(rate));
		assertThat(counts.onTimeRate().scale()).isEqualTo(1);
	}

	@Test
	void hasNoRateWhenNothingFinished() {
		// A dash on the page: "no dossier finished" is not "0 % on time" (766: a zero denominator shows N/A).
		assertThat(new DossierCounts(5, 5, 0, 0, 0, 0).onTimeRate()).isNull();
	}

	@Test
	void countsOneReceptionInItsChannelAndOneEndOnTimeOrLate() {
		assertThat(DossierCounts.receivedThrough(Channel.ONLINE)).isEqualTo(new DossierCounts(1, 1, 0, 0, 0, 0));
		assertThat(DossierCounts.receivedThrough(Channel.DIRECT)).isEqualTo(new DossierCounts(1, 0, 1, 0, 0, 0));
		assertThat(DossierCounts.receivedThrough(Channel.POSTAL)).isEqualTo(new DossierCounts(1, 0, 0, 1, 0, 0));
		assertThat(DossierCounts.finished(true).plus(DossierCounts.finished(false)))
			.isEqualTo(new DossierCounts(0, 0, 0, 0, 2, 1));
	}

	@Test
	void refusesFiguresThatDoNotAddUp() {
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCounts(2, 1, 0, 0, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new DossierCounts(0, 0, 0, 0, 1, 2));
	}
}
