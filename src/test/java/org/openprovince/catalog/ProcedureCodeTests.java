package org.openprovince.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureCodeTests {

	@ParameterizedTest
	@ValueSource(strings = { "1.000948", "2.000635", " 3.000157 " })
	void acceptsNationalCodes(String code) {
		assertThat(ProcedureCode.of(code).value()).isEqualTo(code.strip());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.00094", "1000948", "10.000948", "1.0009481", "A.000948", "1.000948.H38" })
	void refusesAnythingElseWithAVietnameseSentence(String code) {
		assertThatThrownBy(() -> ProcedureCode.of(code)).isInstanceOf(CatalogException.class)
			.hasMessageContaining("không đúng dạng mã")
			.hasMessageContaining("1.000948");
	}

	@ParameterizedTest
	@CsvSource({ "1.000948.H38, 1.000948", "1.000948, 1.000948", "2.000635.h99, 2.000635" })
	void readsTheNationalPartOfALocalInstanceCode(String text, String national) {
		assertThat(ProcedureCode.parse(text)).isEqualTo(ProcedureCode.of(national));
	}

	@Test
	void writesTheLocalInstanceOfAProvince() {
		assertThat(ProcedureCode.of("1.000948").localInstance("H99")).isEqualTo("1.000948.H99");
	}

	@Test
	void refusesABlankCode() {
		assertThatThrownBy(() -> ProcedureCode.parse("  ")).hasMessage("Chưa nhập mã thủ tục hành chính.");
	}
}
