package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0912345678        | +84912345678
			0912 345 678      | +84912345678
			091.234.5678      | +84912345678
			(091) 234-5678    | +84912345678
			+84912345678      | +84912345678
			+84 912 345 678   | +84912345678
			84912345678       | +84912345678
			0084912345678     | +84912345678
			0323456789        | +84323456789
			0523456789        | +84523456789
			0701234567        | +84701234567
			0861234567        | +84861234567
			""")
	void normalisesVietnameseMobileNumbersToInternationalForm(String raw, String expected) {
		assertThat(PhoneNumbers.normalize(raw)).isEqualTo(expected);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "12345", "091234567", "09123456789", "02438123456", "0123456789", "+1 202 555 0100",
			"0912abc678", "không có", "+840912345678", "84 0912345678" })
	void refusesWhatIsNotAVietnameseMobileNumber(String raw) {
		// Landlines (02x), the retired 01x prefix, wrong lengths, foreign numbers and text cannot get an SMS.
		assertThat(PhoneNumbers.normalize(raw)).isNull();
	}
}
