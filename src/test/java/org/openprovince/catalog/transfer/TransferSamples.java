package org.openprovince.catalog.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.openprovince.catalog.Channel;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.FeeKind;
import org.openprovince.catalog.FormField;
import org.openprovince.catalog.FormFieldType;
import org.openprovince.catalog.ImplementingLevel;
import org.openprovince.catalog.OnlineLevel;
import org.openprovince.catalog.ProcedureCode;
import org.openprovince.catalog.ProcedureContent;
import org.openprovince.catalog.ProcedureField;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.catalog.ProcedureStep;
import org.openprovince.catalog.ProcedureVersion;
import org.openprovince.catalog.ProcedureVersionId;
import org.openprovince.catalog.PublishingDecision;
import org.openprovince.catalog.RequiredDocument;
import org.openprovince.catalog.TimeLimit;

/** Versions with every part filled in, cases and channel-specific fees included. */
final class TransferSamples {

	private TransferSamples() {
	}

	static ProcedureVersion version(String code, ProcedureContent content) {
		return new ProcedureVersion(new ProcedureVersionId(UUID.randomUUID()), new ProcedureId(UUID.randomUUID()),
				ProcedureCode.of(code), 1, LocalDate.of(2025, 7, 1), null, content, List.of());
	}

	static ProcedureContent full() {
		return ProcedureContent.builder()
			.name("Cấp lại Giấy phép lái xe")
			.field(new ProcedureField("CA-GT", "Đường bộ"))
			.level(ImplementingLevel.PROVINCE)
			.level(ImplementingLevel.COMMUNE)
			.implementingAgency("Phòng Cảnh sát giao thông, Công an tỉnh")
			.competentAgency("Công an tỉnh")
			.targetSubjects("Người có giấy phép lái xe bị mất")
			.steps(List.of(new ProcedureStep(null, "Bước 1: Nộp hồ sơ."),
					new ProcedureStep("Trường hợp nộp trực tuyến", "Bước 2: Thanh toán lệ phí trực tuyến."),
					new ProcedureStep("Trường hợp nộp trực tuyến", "Bước 3: Nhận kết quả qua bưu chính.")))
			.channel(Channel.DIRECT)
			.channel(Channel.ONLINE)
			.channel(Channel.POSTAL)
			.document(new RequiredDocument(null, "Đơn đề nghị theo mẫu", 1, 0, true, "Mẫu đơn", "/thu-tuc/mau/don.html",
					"GT-01"))
			.document(new RequiredDocument("Trường hợp ủy quyền", "Văn bản ủy quyền", 0, 1, false, null, null, null))
			.timeLimit(new TimeLimit(new java.math.BigDecimal("5"), org.openprovince.catalog.TimeLimitUnit.WORKING_DAYS))
			.onlineTimeLimit(new TimeLimit(new java.math.BigDecimal("3.5"),
					org.openprovince.catalog.TimeLimitUnit.WORKING_DAYS))
			.timeLimitNote("Kể từ ngày nhận đủ hồ sơ hợp lệ.")
			.fee(new Fee(FeeKind.CHARGE, null, "Lệ phí cấp lại giấy phép lái xe", 135_000L, null))
			.fee(new Fee(FeeKind.FEE, Channel.POSTAL, "Cước chuyển phát kết quả", null, "Miễn cho người khuyết tật"))
			.result("Giấy phép lái xe")
			.legalBasis("36/2024/QH15", "Luật Trật tự, an toàn giao thông đường bộ")
			.legalBasis("35/2024/TT-BCA", "Thông tư quy định về sát hạch, cấp giấy phép lái xe")
			.requirements("Giấy phép lái xe bị mất còn thời hạn.")
			.onlineLevel(OnlineLevel.PARTIAL)
			.decision(new PublishingDecision("1234/QĐ-UBND", LocalDate.of(2025, 6, 30), "Chủ tịch UBND tỉnh"))
			.note("Ghi chú nội bộ.")
			.formField(new FormField("so_gplx", "Số giấy phép lái xe", FormFieldType.TEXT, true, List.of(),
					"12 chữ số", 12, null, null))
			.formField(new FormField("hang", "Hạng", FormFieldType.CHOICE, true, List.of("A1", "B", "C1"), null))
			.formField(new FormField("ngay_trung_tuyen", "Ngày trúng tuyển", FormFieldType.DATE, false, List.of(), null))
			.formField(FormField.number("so_ban", "Số bản", true, new java.math.BigDecimal("0.5"),
					new java.math.BigDecimal("10"), null))
			.formField(FormField.number("khoang_cach", "Khoảng cách (km)", false, null, null, null))
			.formField(new FormField("noi_nhan", "Địa chỉ nhận", FormFieldType.ADDRESS, true, List.of(),
					"Gửi qua bưu chính", 300, null, null))
			.build();
	}

	static ProcedureContent minimal() {
		return ProcedureContent.builder()
			.name("Chứng thực chữ ký")
			.field(new ProcedureField("TP-CT", "Chứng thực"))
			.level(ImplementingLevel.COMMUNE)
			.implementingAgency("Ủy ban nhân dân cấp xã")
			.targetSubjects("Cá nhân")
			.step("Bước 1: Nộp hồ sơ.")
			.channel(Channel.DIRECT)
			.document(RequiredDocument.of("Giấy tờ cần chứng thực", 1, 0))
			.timeLimit(TimeLimit.hours(4))
			.result("Giấy tờ đã chứng thực chữ ký")
			.legalBasis("23/2015/NĐ-CP", "Nghị định về chứng thực")
			.onlineLevel(OnlineLevel.INFORMATION)
			.build();
	}
}
