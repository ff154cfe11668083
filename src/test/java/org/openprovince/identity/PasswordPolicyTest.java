package org.openprovince.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

	@ParameterizedTest(name = "''{0}'' → {1}")
	@CsvSource({
			"abc12345, ''",
			"Mật khẩu 2025, ''", // Vietnamese letters and spaces are fine
			"abc1234, identity.password.tooShort",
			"abcdefgh, identity.password.composition",
			"12345678, identity.password.composition",
			"lan12345, identity.password.sameAsUsername",
	})
	void judgesPasswords(String password, String expected) {
		assertThat(PasswordPolicy.violation(password, "lan12345").orElse("")).isEqualTo(expected);
	}
}
