package org.openprovince.organization;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgencyCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "000.00.00.H41", "000.00.02.H99", "000.01.54.H99", "000.00.00.G22" })
	void acceptsCodesOfTheNationalFormat(String value) {
		assertThat(AgencyCode.of(value).value()).isEqualTo(value);
	}

	@Test
	void normalisesToUpperCaseAndTrims() {
		var code = AgencyCode.of(" 000.00.02.h99 ");

		assertThat(code.value()).isEqualTo("000.00.02.H99");
		assertThat(code).isEqualTo(AgencyCode.of("000.00.02.H99"));
		assertThat(code.levelOne()).isEqualTo("H99");
		assertThat(code).hasToString("000.00.02.H99");
	}

	@ParameterizedTest
	@ValueSource(strings = { "00.00.00.H41", "000.000.00.H41", "000.00.00.H4", "000.00.00.41H", "000-00-00-H41",
			"000.00.00.HH1", "0a0.00.00.H41", "000.0b.00.H41", "000.00.00", "H37.DN.001", "999.010.01.H22",
			"000.00.00.Đ41", "٠٠٠.00.00.H41" })
	void refusesOtherFormatsWithAVietnameseMessage(String value) {
		assertThatThrownBy(() -> AgencyCode.of(value)).isInstanceOf(OrganizationException.class)
			.hasMessageContaining("không đúng định dạng V1V2V3.Z1Z2.Y1Y2.MX1X2")
			.hasMessageContaining(value.toUpperCase(java.util.Locale.ROOT))
			.extracting(ex -> ((OrganizationException) ex).messageKey())
			.isEqualTo("organization.error.agencyCode.format");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void refusesABlankCode(String value) {
		assertThatThrownBy(() -> new AgencyCode(value)).isInstanceOf(OrganizationException.class)
			.hasMessage("Mã định danh cơ quan không được để trống.");
	}
}
