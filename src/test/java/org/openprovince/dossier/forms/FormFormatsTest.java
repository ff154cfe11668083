package org.openprovince.dossier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Times and dates written the Vietnamese way, and the form numbers of Annex I. */
class FormFormatsTest {

	private final FormFormats fmt = new FormFormats(messages(), DossierForms.VIETNAMESE);

	@Test
	void writesTimesWithHoursAndMinutesInWords() {
		assertThat(fmt.dateTime(LocalDateTime.of(2026, 11, 21, 14, 30))).isEqualTo("14 giờ 30 phút, ngày 21/11/2026");
		assertThat(fmt.dateTime(LocalDateTime.of(2026, 3, 2, 8, 5))).isEqualTo("08 giờ 05 phút, ngày 02/03/2026");
		assertThat(fmt.dateTime(null)).isEmpty();
	}

	@Test
	void padsDaysBelowTenAndTheFirstTwoMonthsInTheDateLine() {
		// Decree 30/2020/NĐ-CP, Annex I: "ngày 05 tháng 02 năm 2026", but "tháng 11", "tháng 3".
		assertThat(fmt.longDate(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
		assertThat(fmt.longDate(LocalDate.of(2026, 3, 15))).isEqualTo("ngày 15 tháng 3 năm 2026");
		assertThat(fmt.placeDate(FormSamples.HEADER)).isEqualTo("Sông Hồng, ngày 21 tháng 11 năm 2026");
	}

	@Test
	void upperCasesVietnameseLetters() {
		assertThat(fmt.upper("Ủy ban nhân dân tỉnh Sông Hồng")).isEqualTo("ỦY BAN NHÂN DÂN TỈNH SÔNG HỒNG");
	}

	@Test
	void numbersTheFormsAsAnnexI() {
		assertThat(FormType.values()).extracting(FormType::number)
			.containsExactly("01", "02", "03", "04", "05", "06", "07");
		assertThat(FormType.APOLOGY.messageKey()).isEqualTo("forms.type.APOLOGY");
		assertThat(fmt.message(FormType.APOLOGY.messageKey()))
			.isEqualTo("Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết");
		assertThat(fmt.message(StepOutcome.LATE.messageKey())).isEqualTo("Quá hạn");
	}

	private static ResourceBundleMessageSource messages() {
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/forms");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}
}
