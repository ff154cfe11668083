package org.openprovince.catalog;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Golden table of the e-form check: what a citizen may type in each type of field, what is stored, and
 * what is refused with which message.
 */
class EFormsTests {

	static final FormField NAME = new FormField("ho_ten", "Họ và tên", FormFieldType.TEXT, true, List.of(), null, 20,
			null, null);

	static final FormField BIRTH = new FormField("ngay_sinh", "Ngày sinh", FormFieldType.DATE, true, List.of(), null);

	static final FormField SEX = new FormField("gioi_tinh", "Giới tính", FormFieldType.CHOICE, true,
			List.of("Nam", "Nữ"), null);

	static final FormField COPIES = FormField.number("so_ban", "Số bản", true, BigDecimal.ONE, BigDecimal.TEN, null);

	static final FormField ADDRESS = new FormField("dia_chi", "Địa chỉ", FormFieldType.ADDRESS, true, List.of(), null);

	static final FormField NOTE = new FormField("ghi_chu", "Ghi chú", FormFieldType.TEXT, false, List.of(), null);

	static final FormField AREA = FormField.number("dien_tich", "Diện tích", false, null, null, null);

	@ParameterizedTest(name = "{0} ''{1}'' -> {2}")
	@CsvSource(delimiter = ';', nullValues = "null", textBlock = """
			# field     ; typed                       ; stored (or message key when refused)
			# Text: stripped, at most maxLength characters (20 here), NFC.
			ho_ten      ; '  Nguyễn Văn An  '          ; Nguyễn Văn An
			ho_ten      ; 'Nguyễn Thị Minh Khai Hà'    ; catalog.eform.tooLong
			ho_ten      ; '   '                        ; catalog.eform.required
			ho_ten      ; An<NUL>                   ; catalog.eform.control
			# Optional fields left blank are fine and not stored.
			ghi_chu     ; ''                           ; null
			# Dates: dd/MM/yyyy as Vietnamese write them, also d/M/yyyy, dd-MM-yyyy, dd.MM.yyyy and ISO.
			ngay_sinh   ; 05/03/2026                   ; 2026-03-05
			ngay_sinh   ; 5/3/2026                     ; 2026-03-05
			ngay_sinh   ; 05-03-2026                   ; 2026-03-05
			ngay_sinh   ; 05.03.2026                   ; 2026-03-05
			ngay_sinh   ; 2026-03-05                   ; 2026-03-05
			ngay_sinh   ; 29/02/2024                   ; 2024-02-29
			# No such day: 31 February, 29 February of a common year, month 13, mixed separators.
			ngay_sinh   ; 31/02/2026                   ; catalog.eform.date
			ngay_sinh   ; 29/02/2026                   ; catalog.eform.date
			ngay_sinh   ; 01/13/2026                   ; catalog.eform.date
			ngay_sinh   ; 05/03-2026                   ; catalog.eform.date
			ngay_sinh   ; 03/05/26                     ; catalog.eform.date
			ngay_sinh   ; hôm qua                      ; catalog.eform.date
			# Outside 1900–2100, a typo rather than a date.
			ngay_sinh   ; 05/03/1026                   ; catalog.eform.date
			# Numbers: Vietnamese dots group thousands, a single comma or dot otherwise marks decimals.
			so_ban      ; 3                            ; 3
			so_ban      ; ' 10 '                       ; 10
			so_ban      ; 0                            ; catalog.eform.number.min
			so_ban      ; 11                           ; catalog.eform.number.max
			so_ban      ; ba                           ; catalog.eform.number
			dien_tich   ; 1.000                        ; 1000
			dien_tich   ; 12.500.000                   ; 12500000
			dien_tich   ; 1,000                        ; 1000
			dien_tich   ; 1 500 000                    ; 1500000
			dien_tich   ; 1.234,5                      ; 1234.5
			dien_tich   ; 1,234.5                      ; 1234.5
			dien_tich   ; 1,5                          ; 1.5
			dien_tich   ; 2.75                         ; 2.75
			dien_tich   ; 120,50                       ; 120.5
			dien_tich   ; -3                           ; -3
			dien_tich   ; 1.2.3                        ; catalog.eform.number
			dien_tich   ; 1e5                          ; catalog.eform.number
			# Choices: one of the options, any case, stored as the option is written.
			gioi_tinh   ; Nữ                           ; Nữ
			gioi_tinh   ; nam                          ; Nam
			gioi_tinh   ; Khác                         ; catalog.eform.choice
			# Addresses: text with at least two words and three letters, not a bare number.
			dia_chi     ; 'Số 12, đường Trần Phú, phường Hồng Hà' ; Số 12, đường Trần Phú, phường Hồng Hà
			dia_chi     ; Xóm 3                        ; Xóm 3
			dia_chi     ; 125                          ; catalog.eform.address
			dia_chi     ; 12/3                         ; catalog.eform.address
			dia_chi     ; abc                          ; catalog.eform.address
			""")
	void readsWhatCitizensType(String key, String typed, String expected) {
		List<FormField> form = List.of(NAME, BIRTH, SEX, COPIES, ADDRESS, NOTE, AREA);
		FormField field = form.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow();
		Map<String, String> raw = Map.of(key, typed.replace("<NUL>", "\u0000"));

		List<FieldProblem> problems = EForms.check(List.of(field), raw);

		if (expected != null && expected.startsWith("catalog.eform.")) {
			assertThat(problems).singleElement().satisfies(p -> {
				assertThat(p.key()).isEqualTo(key);
				assertThat(p.messageKey()).isEqualTo(expected);
				assertThat(p.args().getFirst()).isEqualTo(field.label());
			});
			assertThatThrownBy(() -> EForms.normalise(List.of(field), raw)).isInstanceOf(CatalogException.class)
				.hasMessage("Tờ khai điện tử có 1 thông tin chưa hợp lệ; hãy kiểm tra lại.");
		}
		else {
			assertThat(problems).isEmpty();
			assertThat(EForms.normalise(List.of(field), raw).get(key)).isEqualTo(expected);
		}
	}

	@Test
	void acceptsDecomposedVietnameseAsTyped() {
		// macOS and some keyboards send "ữ" as u + combining marks; stored and compared in NFC.
		String decomposed = java.text.Normalizer.normalize("Nữ", java.text.Normalizer.Form.NFD);

		assertThat(EForms.normalise(List.of(SEX), Map.of("gioi_tinh", decomposed))).containsEntry("gioi_tinh", "Nữ");
	}

	@Test
	void reportsEveryProblemInFieldOrderAndIgnoresUnknownKeys() {
		Map<String, String> raw = new HashMap<>();
		raw.put("gioi_tinh", "Khác");
		raw.put("ngay_sinh", "31/02/2026");
		raw.put("khong_co", "bất kỳ");

		List<FieldProblem> problems = EForms.check(List.of(NAME, BIRTH, SEX, COPIES, NOTE), raw);

		assertThat(problems).extracting(FieldProblem::key, FieldProblem::messageKey)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("ho_ten", "catalog.eform.required"),
					org.assertj.core.groups.Tuple.tuple("ngay_sinh", "catalog.eform.date"),
					org.assertj.core.groups.Tuple.tuple("gioi_tinh", "catalog.eform.choice"),
					org.assertj.core.groups.Tuple.tuple("so_ban", "catalog.eform.required"));
		assertThat(problems.get(2).args()).containsExactly("Giới tính", "Nam, Nữ");
		assertThatThrownBy(() -> EForms.normalise(List.of(NAME, BIRTH, SEX, COPIES, NOTE), raw))
			.hasMessage("Tờ khai điện tử có 4 thông tin chưa hợp lệ; hãy kiểm tra lại.");
	}

	@Test
	void normalisesOnlyTheSchemasKeysInFieldOrder() {
		Map<String, String> raw = Map.of("so_ban", "2", "khong_co", "x", "gioi_tinh", "nữ", "ngay_sinh", "1/7/2025",
				"ho_ten", " Trần Văn Bình ", "ghi_chu", " ");

		var values = EForms.normalise(List.of(NAME, BIRTH, SEX, COPIES, NOTE), raw);

		assertThat(values).containsExactly(java.util.Map.entry("ho_ten", "Trần Văn Bình"),
				java.util.Map.entry("ngay_sinh", "2025-07-01"), java.util.Map.entry("gioi_tinh", "Nữ"),
				java.util.Map.entry("so_ban", "2"));
	}

	@Test
	void givesTheBoundsOfANumberToItsMessage() {
		assertThat(EForms.check(List.of(COPIES), Map.of("so_ban", "11")))
			.singleElement()
			.satisfies(p -> assertThat(p.args()).containsExactly("Số bản", BigDecimal.TEN));
		assertThat(EForms.check(List.of(NAME), Map.of("ho_ten", "x".repeat(21))))
			.singleElement()
			.satisfies(p -> assertThat(p.args()).containsExactly("Họ và tên", 20));
	}

	@Test
	void everyProblemHasAMessageInBothBundles() throws java.io.IOException {
		List<String> keys = List.of("catalog.eform.required", "catalog.eform.control", "catalog.eform.tooLong",
				"catalog.eform.address", "catalog.eform.number", "catalog.eform.number.min", "catalog.eform.number.max",
				"catalog.eform.date", "catalog.eform.choice", "catalog.eform.invalid");
		for (String bundle : List.of("catalog", "catalog_en")) {
			var properties = new Properties();
			try (var in = getClass().getResourceAsStream("/messages/" + bundle + ".properties")) {
				properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
			}
			assertThat(properties.stringPropertyNames()).as(bundle).containsAll(keys);
		}
		var source = new org.springframework.context.support.ResourceBundleMessageSource();
		source.setBasename("messages/catalog");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		FieldProblem problem = EForms.check(List.of(COPIES), Map.of("so_ban", "11")).getFirst();
		assertThat(source.getMessage(problem, java.util.Locale.forLanguageTag("vi")))
			.isEqualTo("\"Số bản\" không được lớn hơn 10.");
		assertThat(source.getMessage(problem, java.util.Locale.ENGLISH)).isEqualTo("\"Số bản\" must not be greater than 10.");
	}
}
