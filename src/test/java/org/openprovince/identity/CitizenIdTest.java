package org.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table for the personal identification number (Circular 59/2021/TT-BCA art. 7). */
class CitizenIdTest {

	@ParameterizedTest(name = "{0} → born {1}, female={2}")
	@CsvSource({
			// number,      birth year, female  — reason
			"001090012345, 1990, false", // Hà Nội (001); digit 0 = male born 1900–1999; year 90
			"036195004321, 1995, true", // Nam Định (036); digit 1 = female born 1900–1999
			"079201006789, 2001, false", // TP. Hồ Chí Minh (079); digit 2 = male born 2000–2099
			"096300000001, 2000, true", // Cà Mau (096), the highest code; digit 3 = female born 2000–2099
			"002100000000, 1900, true", // Hà Giang (002); year 00 of the 20th century
	})
	void acceptsValidNumbers(String number, int birthYear, boolean female) {
		var id = CitizenId.of(number);
		assertThat(id.value()).isEqualTo(number);
		assertThat(id.birthYear()).isEqualTo(birthYear);
		assertThat(id.female()).isEqualTo(female);
	}

	@Test
	void toleratesSpacesBetweenDigitGroups() {
		assertThat(CitizenId.of(" 001 090 012345 ").value()).isEqualTo("001090012345");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"'', identity.cccd.required",
			"00109001234, identity.cccd.format", // 11 digits
			"0010900123456, identity.cccd.format", // 13 digits
			"00109001234A, identity.cccd.format", // a letter
			"003090012345, identity.cccd.province", // 003 is not a province code
			"097090012345, identity.cccd.province", // codes end at 096
			"000090012345, identity.cccd.province",
			"001290012345, identity.cccd.birthYear", // male born 2090: in the future
	})
	void refusesInvalidNumbersWithAnExplanation(String number, String messageKey) {
		assertThatThrownBy(() -> CitizenId.of(number)).isInstanceOf(InvalidCitizenIdException.class)
			.extracting(e -> ((InvalidCitizenIdException) e).messageKey())
			.isEqualTo(messageKey);
	}
}
