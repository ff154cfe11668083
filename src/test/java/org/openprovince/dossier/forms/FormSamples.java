package org.openprovince.dossier.forms;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.openprovince.dossier.forms.ControlSlipForm.Handover;
import org.openprovince.dossier.forms.TrackingBookForm.Row;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** Filled-in forms for the tests, and a {@link DossierForms} wired like Boot does, without a context. */
final class FormSamples {

	static final String CODE = "000.00.09.H99-261121-0007";

	static final String TRACKING_URL = "https://dichvucong.songhong.gov.vn/tra-cuu/" + CODE;

	static final String APPLICANT = "Nguyễn Thị Hoà";

	static final LocalDateTime RECEIVED_AT = LocalDateTime.of(2026, 11, 21, 14, 30);

	static final LocalDateTime DUE_AT = LocalDateTime.of(2026, 11, 28, 16, 0);

	static final FormHeader HEADER = new FormHeader("Trung tâm Phục vụ hành chính công tỉnh", "UBND tỉnh Sông Hồng",
			"Sông Hồng", LocalDate.of(2026, 11, 21));

	static final FormParty PARTY = party(APPLICANT);

	static final List<FormComponent> COMPONENTS = List.of(new FormComponent("Tờ khai đăng ký khai sinh", 1, 0, null),
			new FormComponent("Giấy chứng sinh", 1, 0, "Do cơ sở y tế cấp"),
			new FormComponent("Căn cước của cha, mẹ", 0, 2, null));

	private FormSamples() {
	}

	static DossierForms forms() {
		var resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.HTML);
		resolver.setCharacterEncoding("UTF-8");
		var messages = new ResourceBundleMessageSource();
		messages.setBasenames("messages/forms");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		var engine = new SpringTemplateEngine();
		engine.setTemplateResolver(resolver);
		engine.setTemplateEngineMessageSource(messages);
		return new DossierForms(engine, messages);
	}

	static FormParty party(String name) {
		return new FormParty(name, "001190012345", "Số 12 phố Hàng Bạc, phường Hoàn Kiếm", "0912 345 678",
				"hoa.nguyen@example.vn");
	}

	static ReceiptForm receipt(FormParty submitter) {
		return new ReceiptForm(HEADER, CODE, TRACKING_URL, submitter, party("Trần Minh Đức"), "Đăng ký khai sinh",
				COMPONENTS, 1, "5 ngày làm việc", RECEIVED_AT, DUE_AT, "Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh",
				"Lệ phí 50.000 đồng (thu trước)", "Lê Văn Bình");
	}

	static SupplementRequestForm supplementRequest() {
		return new SupplementRequestForm(HEADER, "15/HDHS", CODE, TRACKING_URL, PARTY, "Đăng ký khai sinh",
				List.of(new FormComponent("Giấy chứng sinh (bản chính)", 1, 0, "Bản đã nộp bị mờ")),
				"Giấy chứng sinh không đọc được", "Bộ phận Một cửa, điện thoại 0220 3 123 456", "Lê Văn Bình");
	}

	static RefusalForm refusal() {
		return new RefusalForm(HEADER, CODE, TRACKING_URL, PARTY, "Đăng ký khai sinh",
				"Thủ tục không thuộc thẩm quyền giải quyết của cơ quan.", "Bộ phận Một cửa, điện thoại 0220 3 123 456",
				"Lê Văn Bình");
	}

	static ApologyForm apology() {
		return new ApologyForm(HEADER, "12/XL-TTPVHCC", CODE, TRACKING_URL, PARTY, "Đăng ký khai sinh", RECEIVED_AT,
				DUE_AT, LocalDateTime.of(2026, 12, 3, 16, 0), "Sở Tư pháp", "cần xác minh thông tin hộ tịch.",
				"Bộ phận Một cửa, Trung tâm Phục vụ hành chính công tỉnh", "Phạm Quốc Hùng");
	}

	static StopNoticeForm stopNotice() {
		return new StopNoticeForm(HEADER, "03/TB-TTPVHCC", CODE, TRACKING_URL, PARTY, "Đăng ký khai sinh", RECEIVED_AT,
				"theo đề nghị của người nộp hồ sơ.", "Phạm Quốc Hùng");
	}

	static ControlSlipForm controlSlip() {
		return new ControlSlipForm(HEADER, CODE, TRACKING_URL, PARTY, "Đăng ký khai sinh", RECEIVED_AT, DUE_AT,
				List.of(new Handover("Bộ phận Một cửa", "Tiếp nhận và chuyển hồ sơ", "Lê Văn Bình", "Đỗ Thu Trang",
						RECEIVED_AT, LocalDateTime.of(2026, 11, 23, 16, 0), LocalDateTime.of(2026, 11, 23, 10, 0),
						StepOutcome.EARLY, null),
						new Handover("Sở Tư pháp", "Thẩm định hồ sơ", "Đỗ Thu Trang", "Vũ Ngọc Ánh",
								LocalDateTime.of(2026, 11, 23, 10, 0), LocalDateTime.of(2026, 11, 26, 16, 0), null, null,
								"Đang xác minh")));
	}

	static TrackingBookForm trackingBook(int rows) {
		var list = new ArrayList<Row>(rows);
		for (int i = 1; i <= rows; i++) {
			list.add(new Row(i, "000.00.09.H99-261121-%04d".formatted(i), "Đăng ký khai sinh", 1,
					i == 1 ? APPLICANT : "Công dân số " + i, "Phường Hoàn Kiếm", "0912 345 678", RECEIVED_AT, DUE_AT,
					i == 1 ? LocalDateTime.of(2026, 11, 27, 9, 15) : null, null, "Lê Văn Bình", null));
		}
		return new TrackingBookForm(HEADER, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), list);
	}
}
