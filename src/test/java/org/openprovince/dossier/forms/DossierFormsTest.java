package org.openprovince.dossier.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The forms as a reader gets them: PDFs read back with PDFBox (text, fonts, page size, the QR code
 * decoded from the rendered page) and the xlsx book read back with fastexcel.
 */
class DossierFormsTest {

	private static final DossierForms FORMS = FormSamples.forms();

	static Stream<Arguments> formsWithACode() {
		return Stream.of(
				form(FormType.RECEIPT, f -> f.receipt(FormSamples.receipt(FormSamples.PARTY)), "Đăng ký khai sinh",
						"1. Thành phần hồ sơ nộp gồm:", "Giấy chứng sinh", "Trần Minh Đức", "NGƯỜI TIẾP NHẬN HỒ SƠ",
						"14 giờ 30 phút, ngày 21/11/2026", "16 giờ 00 phút, ngày 28/11/2026", "Lệ phí 50.000 đồng"),
				form(FormType.SUPPLEMENT_REQUEST, f -> f.supplementRequest(FormSamples.supplementRequest()),
						"Số: 15/HDHS", "Giấy chứng sinh (bản chính)", "Giấy chứng sinh không đọc được", "NGƯỜI HƯỚNG DẪN"),
				form(FormType.REFUSAL, f -> f.refusal(FormSamples.refusal()), "thông báo không tiếp nhận, giải quyết",
						"không thuộc thẩm quyền", "NGƯỜI NỘP HỒ SƠ"),
				form(FormType.APOLOGY, f -> f.apology(FormSamples.apology()), "Kính gửi:", "Sở Tư pháp",
						"16 giờ 00 phút, ngày 03/12/2026", "THỦ TRƯỞNG CƠ QUAN", "Phạm Quốc Hùng"),
				form(FormType.STOP_NOTICE, f -> f.stopNotice(FormSamples.stopNotice()), "Số: 03/TB-TTPVHCC",
						"thông báo dừng giải quyết hồ sơ", "theo đề nghị của người nộp hồ sơ"),
				form(FormType.CONTROL_SLIP, f -> f.controlSlip(FormSamples.controlSlip()), "Thẩm định hồ sơ",
						"Vũ Ngọc Ánh", "Trước hạn", "Đang xử lý", "Đang xác minh"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("formsWithACode")
	void rendersAnA4FormInVietnameseWithTheCodeAndAQrToTheTrackingPage(FormType type, Function<DossierForms, byte[]> render,
			List<String> expected) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(render.apply(FORMS))) {
			String text = text(pdf);
			assertThat(text).contains(FormSamples.CODE, FormSamples.APPLICANT, "UBND TỈNH SÔNG HỒNG",
					"TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
					"Độc lập - Tự do - Hạnh phúc", "Sông Hồng, ngày 21 tháng 11 năm 2026",
					"Mẫu số " + type.number() + " - Phụ lục I, Thông tư số 03/2025/TT-VPCP", title(type));
			assertThat(text).contains(expected);
			assertThat(pdf.getPage(0).getMediaBox()).satisfies(box -> isA4(box, false));
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualToIgnoringCase(title(type));
			assertThat(pdf.getDocumentCatalog().getOutputIntents()).as("PDF/A output intent").isNotEmpty();
			assertFontsEmbedded(pdf);
			assertThat(qrCode(pdf)).isEqualTo(FormSamples.TRACKING_URL);
		}
	}

	@Test
	void printsHostileInputAsText() throws IOException {
		String name = "<script>alert('x')</script> Hoà & Co <b> \"Đức\" ]]> \u0001\u000Bend";
		try (PDDocument pdf = Loader.loadPDF(FORMS.receipt(FormSamples.receipt(FormSamples.party(name))))) {
			assertThat(text(pdf)).contains("<script>alert('x')</script> Hoà & Co <b> \"Đức\" ]]> end");
		}
	}

	@Test
	void composesDecomposedVietnameseLetters() throws IOException {
		String decomposed = Normalizer.normalize(FormSamples.APPLICANT, Normalizer.Form.NFD);
		try (PDDocument pdf = Loader.loadPDF(FORMS.receipt(FormSamples.receipt(FormSamples.party(decomposed))))) {
			assertThat(text(pdf)).contains(FormSamples.APPLICANT);
		}
	}

	@Test
	void refusalWithoutACodeStillLinksTheTrackingPage() throws IOException {
		var refusal = FormSamples.refusal();
		var noCode = new RefusalForm(refusal.header(), null, FormSamples.TRACKING_URL, refusal.applicant(),
				refusal.procedureName(), refusal.reason(), refusal.contact(), refusal.officer());
		try (PDDocument pdf = Loader.loadPDF(FORMS.refusal(noCode))) {
			assertThat(text(pdf)).doesNotContain("Mã hồ sơ").contains(FormSamples.APPLICANT);
		}
	}

	@Test
	void rendersTheTrackingBookInLandscapeWithTheHeaderOnEveryPage() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(FORMS.trackingBook(FormSamples.trackingBook(60)))) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(1);
			String first = text(pdf, 1);
			assertThat(first).contains("SỔ THEO DÕI HỒ SƠ", "Từ ngày 01/11/2026 đến ngày 30/11/2026",
					"Mẫu số 07", FormSamples.APPLICANT, "000.00.09.H99-261121-0001", "14:30 21/11/2026",
					"09:15 27/11/2026");
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				assertThat(pdf.getPage(page - 1).getMediaBox()).satisfies(box -> isA4(box, true));
				assertThat(text(pdf, page)).as("page %d", page).contains("Mã hồ sơ", "Người tiếp nhận");
			}
			assertThat(text(pdf)).contains("000.00.09.H99-261121-0060");
			assertFontsEmbedded(pdf);
		}
	}

	@Test
	void rendersAnEmptyTrackingBook() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(FORMS.trackingBook(FormSamples.trackingBook(0)))) {
			assertThat(text(pdf)).contains("Không có hồ sơ trong kỳ.");
		}
	}

	@Test
	void writesTheTrackingBookAsXlsx() throws IOException {
		byte[] xlsx = FORMS.trackingBookXlsx(FormSamples.trackingBook(3));

		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getFirstSheet();
			assertThat(sheet.getName()).isEqualTo("Sổ theo dõi hồ sơ");
			var rows = sheet.read();
			assertThat(rows.get(0).getCellAsString(0)).contains("SỔ THEO DÕI HỒ SƠ");
			assertThat(rows.get(2).getCellAsString(0)).contains("Từ ngày 01/11/2026 đến ngày 30/11/2026");
			var header = rows.get(TrackingBookXlsx.HEADER_ROW);
			assertThat(header.getCellAsString(0)).contains("STT");
			assertThat(header.getCellAsString(1)).contains("Mã hồ sơ");
			assertThat(header.getCellAsString(4)).contains("Tên cá nhân, tổ chức");
			var first = rows.get(TrackingBookXlsx.HEADER_ROW + 1);
			assertThat(first.getCellAsNumber(0)).contains(BigDecimal.ONE);
			assertThat(first.getCellAsString(1)).contains("000.00.09.H99-261121-0001");
			assertThat(first.getCellAsString(4)).contains(FormSamples.APPLICANT);
			assertThat(first.getCellAsDate(7)).contains(FormSamples.RECEIVED_AT);
			assertThat(first.getCellAsDate(9)).contains(LocalDateTime.of(2026, 11, 27, 9, 15));
			assertThat(first.getCellAsString(10).orElse("")).isEmpty();
			assertThat(rows).hasSize(TrackingBookXlsx.HEADER_ROW + 1 + 3);
		}
	}

	@Test
	void refusesABookOverTheCap() {
		var rows = new ArrayList<>(FormSamples.trackingBook(1).rows());
		while (rows.size() <= TrackingBookForm.MAX_ROWS) {
			rows.add(rows.getFirst());
		}
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new TrackingBookForm(FormSamples.HEADER, FormSamples.RECEIVED_AT.toLocalDate(),
					FormSamples.DUE_AT.toLocalDate(), rows))
			.withMessageContaining("at most 5000 rows");
	}

	@Test
	void rendersAWarmReceiptQuickly() {
		ReceiptForm receipt = FormSamples.receipt(FormSamples.PARTY);
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 10; i++) {
			long start = System.nanoTime();
			FORMS.receipt(receipt);
			best = Math.min(best, System.nanoTime() - start);
		}
		System.out.printf("Warm receipt: %d ms (best of 10)%n", best / 1_000_000);
		// Loose on purpose: shared machines are noisy; the point is to catch a regression by an order of magnitude.
		assertThat(best / 1_000_000).isLessThan(1_000);
	}

	private static Arguments form(FormType type, Function<DossierForms, byte[]> render, String... expected) {
		return Arguments.of(type, render, List.of(expected));
	}

	private static String title(FormType type) {
		return switch (type) {
			case RECEIPT -> "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ";
			case SUPPLEMENT_REQUEST -> "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ";
			case REFUSAL -> "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ";
			case APOLOGY -> "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT";
			case STOP_NOTICE -> "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ";
			case CONTROL_SLIP -> "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ";
			case TRACKING_BOOK -> "SỔ THEO DÕI HỒ SƠ";
		};
	}

	private static String text(PDDocument pdf) throws IOException {
		return normalized(new PDFTextStripper().getText(pdf));
	}

	private static String text(PDDocument pdf, int page) throws IOException {
		var stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return normalized(stripper.getText(pdf));
	}

	/** Lines joined with spaces, so that a wrapped sentence still matches. */
	private static String normalized(String text) {
		return text.replaceAll("\\s+", " ");
	}

	private static void isA4(PDRectangle box, boolean landscape) {
		float shortSide = Math.min(box.getWidth(), box.getHeight());
		float longSide = Math.max(box.getWidth(), box.getHeight());
		assertThat(shortSide).isCloseTo(PDRectangle.A4.getWidth(), within(1f));
		assertThat(longSide).isCloseTo(PDRectangle.A4.getHeight(), within(1f));
		assertThat(box.getWidth() > box.getHeight()).isEqualTo(landscape);
	}

	private static void assertFontsEmbedded(PDDocument pdf) throws IOException {
		int fonts = 0;
		for (PDPage page : pdf.getPages()) {
			for (COSName name : page.getResources().getFontNames()) {
				var font = page.getResources().getFont(name);
				assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
				assertThat(font.getName()).contains("LiberationSerif");
				fonts++;
			}
		}
		assertThat(fonts).isPositive();
	}

	private static String qrCode(PDDocument pdf) throws IOException {
		BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 200, ImageType.RGB);
		int width = image.getWidth();
		int height = image.getHeight();
		int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
		var bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
		try {
			return new MultiFormatReader()
				.decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
						DecodeHintType.TRY_HARDER, Boolean.TRUE))
				.getText();
		}
		catch (NotFoundException ex) {
			throw new AssertionError("No QR code on the first page", ex);
		}
	}
}
