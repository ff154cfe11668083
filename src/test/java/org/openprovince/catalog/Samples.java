package org.openprovince.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Procedure content and unique codes for tests that share one database. */
final class Samples {

	private Samples() {
	}

	/** A code no demo procedure uses (the demo catalog has none starting with 9). */
	static ProcedureCode uniqueCode() {
		return ProcedureCode.of("9." + ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
	}

	/** A commune-level civil-status procedure: 3 working days, a charge, one online-partial channel. */
	static ProcedureContent.Builder content(String name) {
		return ProcedureContent.builder()
			.name(name)
			.field(new ProcedureField("G09-TP03", "Hộ tịch"))
			.level(ImplementingLevel.COMMUNE)
			.implementingAgency("Ủy ban nhân dân cấp xã")
			.targetSubjects("Công dân Việt Nam")
			.step("Bước 1: Nộp hồ sơ tại Trung tâm Phục vụ hành chính công.")
			.step("Bước 2: Nhận kết quả theo giấy hẹn.")
			.channel(Channel.DIRECT)
			.channel(Channel.ONLINE)
			.document(new RequiredDocument(null, "Tờ khai theo mẫu", 1, 0, true, "Tờ khai", "/thu-tuc/mau/to-khai.html",
					null))
			.document(new RequiredDocument(null, "Giấy tờ chứng minh (nếu có)", 0, 1, false, null, null, null))
			.timeLimit(TimeLimit.workingDays(3))
			.fee(new Fee(FeeKind.CHARGE, null, "Lệ phí", 8_000L, "Miễn cho hộ nghèo"))
			.result("Giấy xác nhận")
			.legalBasis("60/2014/QH13", "Luật Hộ tịch")
			.onlineLevel(OnlineLevel.PARTIAL)
			.decision(new PublishingDecision("1/QĐ-UBND", LocalDate.of(2025, 7, 1), "Chủ tịch UBND tỉnh"))
			.formField(new FormField("ho_ten", "Họ, chữ đệm và tên", FormFieldType.TEXT, true, List.of(), null, 100, null,
					null))
			.formField(new FormField("ngay_sinh", "Ngày sinh", FormFieldType.DATE, true, List.of(), null))
			.formField(new FormField("gioi_tinh", "Giới tính", FormFieldType.CHOICE, true, List.of("Nam", "Nữ"), null))
			.formField(FormField.number("so_ban", "Số bản", true, BigDecimal.ONE, new BigDecimal("10"),
					"Từ bản thứ 3 thu thêm phí"))
			.formField(new FormField("noi_cu_tru", "Nơi cư trú", FormFieldType.ADDRESS, false, List.of(), null));
	}
}
