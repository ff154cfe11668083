package org.openprovince.catalog;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The e-form schema of a procedure: each field fits its type, and the form has unique keys. */
class FormFieldTests {

	@Test
	void refusesKeysThatAreNotLowerCaseIdentifiers() {
		for (String key : List.of("Ho_ten", "1ho_ten", "họ_tên", "ho-ten", "", "a".repeat(41))) {
			assertThatThrownBy(() -> text(key)).as(key)
				.isInstanceOf(CatalogException.class)
				.hasMessageContaining("không hợp lệ: chỉ gồm chữ thường không dấu");
		}
		assertThat(text("a" + "_".repeat(39)).key()).hasSize(40);
		assertThat(text(" ho_ten ").key()).isEqualTo("ho_ten");
	}

	@Test
	void requiresTwoDistinctOptionsForAChoiceAndNoneForOtherTypes() {
		assertThatThrownBy(() -> new FormField("gioi_tinh", "Giới tính", FormFieldType.CHOICE, true, List.of(), null))
			.hasMessage("Trường lựa chọn \"Giới tính\" cần ít nhất hai lựa chọn khác nhau.");
		assertThatThrownBy(() -> new FormField("gioi_tinh", "Giới tính", FormFieldType.CHOICE, true, List.of("Nam"), null))
			.hasMessage("Trường lựa chọn \"Giới tính\" cần ít nhất hai lựa chọn khác nhau.");
		assertThatThrownBy(
				() -> new FormField("gioi_tinh", "Giới tính", FormFieldType.CHOICE, true, List.of("Nam", " Nam "), null))
			.hasMessage("Trường \"Giới tính\" có lựa chọn \"Nam\" hai lần.");
		assertThatThrownBy(
				() -> new FormField("gioi_tinh", "Giới tính", FormFieldType.CHOICE, true, List.of("Nam", " "), null))
			.hasMessage("Một lựa chọn của tờ khai điện tử để trống.");
		assertThatThrownBy(() -> new FormField("ho_ten", "Họ tên", FormFieldType.TEXT, true, List.of("A", "B"), null))
			.hasMessage("Trường \"Họ tên\" không phải kiểu Lựa chọn nên không có danh sách lựa chọn.");
		assertThat(new FormField("gioi_tinh", "Giới tính", FormFieldType.CHOICE, true, List.of(" Nam", "Nữ "), null)
			.options()).containsExactly("Nam", "Nữ");
	}

	@Test
	void limitsTextLengthAndNumberRangeByType() {
		assertThat(text("ho_ten").maxLength()).isEqualTo(FormField.DEFAULT_MAX_LENGTH);
		assertThat(new FormField("ngay", "Ngày", FormFieldType.DATE, true, List.of(), null).maxLength()).isNull();
		assertThatThrownBy(
				() -> new FormField("ho_ten", "Họ tên", FormFieldType.TEXT, true, List.of(), null, 0, null, null))
			.hasMessage("Số ký tự tối đa của trường \"Họ tên\" phải từ 1 đến 5000.");
		assertThatThrownBy(() -> new FormField("ngay", "Ngày", FormFieldType.DATE, true, List.of(), null, 10, null, null))
			.hasMessageContaining("chỉ dùng cho trường kiểu Văn bản hoặc Địa chỉ");
		assertThatThrownBy(() -> new FormField("ho_ten", "Họ tên", FormFieldType.TEXT, true, List.of(), null, null,
				BigDecimal.ONE, null))
			.hasMessageContaining("chỉ dùng cho trường kiểu Số");
		assertThatThrownBy(() -> FormField.number("so_ban", "Số bản", true, BigDecimal.TEN, BigDecimal.ONE, null))
			.hasMessage("Giá trị nhỏ nhất của trường \"Số bản\" lớn hơn giá trị lớn nhất.");
		// One way to write a bound, so that a field read back from the database equals the one written.
		assertThat(FormField.number("so_ban", "Số bản", true, new BigDecimal("1.00"), new BigDecimal("1E+1"), null))
			.isEqualTo(FormField.number("so_ban", "Số bản", true, BigDecimal.ONE, new BigDecimal("10"), null));
	}

	@Test
	void refusesAFormWithTheSameKeyTwiceOrTooManyFields() {
		assertThatThrownBy(() -> Samples.content("Thủ tục").formField(text("ho_ten")).formField(text("ho_ten")).build())
			.isInstanceOf(CatalogException.class)
			.hasMessage("Mã trường \"ho_ten\" xuất hiện hai lần trong tờ khai điện tử; mỗi trường phải có mã riêng.");
		var many = new java.util.ArrayList<FormField>();
		for (int i = 0; i < ProcedureContent.MAX_FORM_FIELDS + 1; i++) {
			many.add(text("truong_" + i));
		}
		assertThatThrownBy(() -> Samples.content("Thủ tục").formFields(many).build())
			.hasMessage("Tờ khai điện tử có quá 50 trường.");
		assertThat(Samples.content("Thủ tục").formFields(many.subList(0, 50)).build().formFields()).hasSize(50);
	}

	@Test
	void hasNoFormUnlessGivenOneAndKeepsItThroughTheBuilder() {
		var none = Samples.content("Thủ tục").formFields(Collections.emptyList()).build();
		var some = Samples.content("Thủ tục").build();

		assertThat(none.formFields()).isEmpty();
		assertThat(some.formFields()).isNotEmpty();
		assertThat(some.toBuilder().build()).isEqualTo(some);
	}

	private static FormField text(String key) {
		return new FormField(key, "Trường " + key, FormFieldType.TEXT, true, List.of(), null);
	}
}
