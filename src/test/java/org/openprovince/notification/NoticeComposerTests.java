package org.openprovince.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.ApplicantContact;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierStatusChanged;
import org.openprovince.notification.NoticeComposer.Notice;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The Vietnamese notices, from the real bundles. */
class NoticeComposerTests {

	static final DossierCode CODE = new DossierCode("000.00.09.H99-261123-0007");

	static final String LINK = "https://dichvucong.songhong.gov.vn/tra-cuu?ma=000.00.09.H99-261123-0007";

	final NoticeComposer composer = new NoticeComposer(bundles(), "https://dichvucong.songhong.gov.vn/");

	@Test
	void writesTheReceptionNoticeWithCodeStatusAppointmentInVietnamTimeAndLink() {
		Notice notice = composer.compose(event(DvcqgStatus.RECEIVED, CODE, Instant.parse("2026-11-25T09:30:00Z"), null));

		assertThat(notice.subject()).isEqualTo("Hồ sơ 000.00.09.H99-261123-0007 đã được tiếp nhận");
		assertThat(notice.body()).startsWith("Kính gửi Ông/Bà Nguyễn Thị Bình,\n\nHồ sơ của Ông/Bà đã được tiếp nhận")
			.contains("Mã hồ sơ: 000.00.09.H99-261123-0007\n", "Thủ tục: Cấp giấy phép xây dựng nhà ở riêng lẻ\n",
					"Trạng thái: 2 – Được tiếp nhận\n", "Ngày hẹn trả kết quả: 25/11/2026 16:30\n\n",
					"Tra cứu tình trạng hồ sơ tại: " + LINK + "\n\n", "Tỉnh Sông Hồng (dữ liệu mẫu)")
			.doesNotContain("Nội dung cơ quan giải quyết", "{");
		assertThat(notice.sms())
			.isEqualTo("Hồ sơ 000.00.09.H99-261123-0007 đã được tiếp nhận, hẹn trả 25/11/2026 16:30. Tra cứu: " + LINK);
	}

	@Test
	void carriesTheOfficersNoteAndLeavesOutAPausedAppointment() {
		Notice notice = composer.compose(event(DvcqgStatus.SUPPLEMENT_REQUESTED, CODE,
				Instant.parse("2026-11-25T09:30:00Z"), "Bổ sung bản sao Giấy chứng nhận quyền sử dụng đất."));

		assertThat(notice.subject()).isEqualTo("Hồ sơ 000.00.09.H99-261123-0007: đề nghị bổ sung giấy tờ");
		assertThat(notice.body()).contains("Trạng thái: 5 – Yêu cầu bổ sung giấy tờ\n\n",
				"Nội dung cơ quan giải quyết gửi Ông/Bà:\nBổ sung bản sao Giấy chứng nhận quyền sử dụng đất.")
			.doesNotContain("Ngày hẹn trả");
	}

	@Test
	void confirmsAnOnlineSubmissionWithItsCodeAndTheTrackingLink() {
		Notice notice = composer.compose(event(DvcqgStatus.SUBMITTED, CODE, null, null));

		assertThat(notice.subject())
			.isEqualTo("Đã nhận hồ sơ " + CODE + " đăng ký trực tuyến: Cấp giấy phép xây dựng nhà ở riêng lẻ");
		assertThat(notice.body()).contains("Mã hồ sơ: " + CODE + "\n", "Vui lòng ghi lại mã hồ sơ để tra cứu",
				"Tra cứu tình trạng hồ sơ tại: https://dichvucong.songhong.gov.vn/tra-cuu?ma=" + CODE + "\n");
	}

	@Test
	void saysThereIsNoCodeWhenAnEventHasNone() {
		Notice notice = composer.compose(event(DvcqgStatus.SUBMITTED, null, null, null));

		assertThat(notice.body()).contains("Mã hồ sơ: chưa có mã\n",
				"Tra cứu tình trạng hồ sơ tại: https://dichvucong.songhong.gov.vn/tra-cuu\n");
	}

	@ParameterizedTest
	@EnumSource(DvcqgStatus.class)
	void hasAShortVietnameseNoticeForEveryNationalStatus(DvcqgStatus status) {
		Notice notice = composer.compose(event(status, CODE, Instant.parse("2026-11-25T09:30:00Z"), "Ghi chú."));

		assertThat(notice.subject()).isNotBlank().doesNotContain("{", "notification.");
		assertThat(notice.body()).doesNotContain("{", "notification.");
		// One SMS of 160 characters where the provider allows, even with a long portal address.
		assertThat(notice.sms()).doesNotContain("{").hasSizeLessThanOrEqualTo(160);
	}

	static DossierStatusChanged event(DvcqgStatus to, @Nullable DossierCode code, @Nullable Instant dueAt,
			@Nullable String note) {
		return new DossierStatusChanged(new DossierId(UUID.randomUUID()), code, null, to,
				Instant.parse("2026-11-23T02:15:30.123456Z"), "Cấp giấy phép xây dựng nhà ở riêng lẻ",
				new ApplicantContact("Nguyễn Thị Bình", "binh@example.vn", "0912345678"), dueAt, note);
	}

	static ResourceBundleMessageSource bundles() {
		var bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("messages/notification", "messages/catalog", "messages/platform");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}
}
