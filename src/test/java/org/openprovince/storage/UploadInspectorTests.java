package org.openprovince.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

/**
 * Golden cases of upload inspection: what a citizen may attach to a dossier (scans and photos as PDF,
 * JPEG, PNG) and the Vietnamese reason given for everything else. Files are real: PDFs made with
 * PDFBox, images with ImageIO, executables with their true headers.
 */
class UploadInspectorTests {

	private final UploadInspector inspector = new UploadInspector(DataSize.ofMegabytes(10));

	@Test
	void acceptsARealPdf() throws IOException {
		byte[] pdf = pdf(null, null);
		InspectedFile file = inspector.inspect("Đơn đề nghị.pdf", pdf);
		assertThat(file.kind()).isEqualTo(FileKind.PDF);
		assertThat(file.contentType()).isEqualTo("application/pdf");
		assertThat(file.safeName()).isEqualTo("Đơn đề nghị.pdf");
		assertThat(file.content()).isSameAs(pdf);
	}

	@Test
	void acceptsRealJpegAndPngWhateverTheCaseOfTheExtension() throws IOException {
		InspectedFile jpeg = inspector.inspect("CCCD mặt trước.JPEG", image("jpg"));
		assertThat(jpeg.kind()).isEqualTo(FileKind.JPEG);
		assertThat(jpeg.contentType()).isEqualTo("image/jpeg");
		assertThat(jpeg.safeName()).isEqualTo("CCCD mặt trước.jpeg");
		InspectedFile png = inspector.inspect("so-do.png", image("png"));
		assertThat(png.kind()).isEqualTo(FileKind.PNG);
		assertThat(png.contentType()).isEqualTo("image/png");
	}

	@Test
	void theTypeComesFromTheContentNotTheName() throws IOException {
		// No extension at all (a phone's share sheet): the name gets the content's extension.
		assertThat(inspector.inspect("IMG_2041", image("png")).safeName()).isEqualTo("IMG_2041.png");
		assertThat(inspector.inspect(null, image("jpg")).safeName()).isEqualTo("tep-dinh-kem.jpg");
	}

	@Test
	void refusesAnEmptyFile() {
		refused(null, new byte[0], "storage.upload.empty", "Tệp tải lên không có nội dung (0 byte). Vui lòng chọn lại tệp.");
	}

	@Test
	void refusesAFileOverTheLimitAndSaysTheLimit() {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
		refused("ho-so.pdf", big, "storage.upload.tooLarge",
				"Tệp quá lớn (10.1 MB). Mỗi tệp tối đa 10 MB; hãy quét với độ phân giải thấp hơn hoặc chia nhỏ tệp.");
		var small = new UploadInspector(DataSize.ofKilobytes(512));
		assertThatThrownBy(() -> small.inspect("a.pdf", new byte[600 * 1024]))
			.hasMessageContaining("tối đa 0.5 MB");
	}

	@Test
	void refusesContentThatIsNotPdfJpegOrPng() {
		refused("don.pdf", "GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "storage.upload.unsupported",
				"Chỉ nhận tệp PDF, JPEG hoặc PNG. Nội dung tệp này không phải một trong các định dạng đó.");
		refused("don.docx", "PK\u0003\u0004word/document.xml".getBytes(StandardCharsets.ISO_8859_1),
				"storage.upload.unsupported", null);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', textBlock = """
			4D5A9000030000000400 | giay-to.pdf  | Windows program (PE, "MZ") renamed .pdf
			7F454C46020101000000 | anh-the.jpg  | Linux program (ELF) renamed .jpg
			CFFAEDFE0C0000010000 | scan.png     | macOS program (Mach-O 64-bit) renamed .png
			CAFEBABE000000020000 | scan.pdf     | macOS universal binary renamed .pdf
			23212F62696E2F73680A | ho-so.pdf    | shell script ("#!/bin/sh") renamed .pdf
			4D5A9000030000000400 | setup.exe    | a program under its own name is refused just the same
			""")
	void refusesProgramsAndScriptsWhateverTheirName(String headerHex, String name, String reason) {
		byte[] content = Arrays.copyOf(java.util.HexFormat.of().parseHex(headerHex.strip()), 4096);
		refused(name.strip(), content, "storage.upload.executable",
				"Tệp này là chương trình hoặc tập lệnh máy tính (chỉ được đổi tên cho giống tài liệu) nên không được tải lên. "
						+ "Vui lòng chọn bản quét hoặc ảnh chụp giấy tờ.");
	}

	@Test
	void refusesANameWhoseExtensionContradictsTheContentNamingBoth() throws IOException {
		refused("giay-khai-sinh.pdf", image("png"), "storage.upload.mismatch",
				"Tên tệp có đuôi .pdf nhưng nội dung là ảnh PNG. Vui lòng kiểm tra lại, đúng tệp thì đổi đuôi cho khớp rồi tải lên lại.");
		refused("anh.png", image("jpg"), "storage.upload.mismatch", null);
		refused("hop-dong.docx", pdf(null, null), "storage.upload.mismatch", null);
		// A PDF hiding behind a double extension.
		refused("hop-dong.pdf.exe", pdf(null, null), "storage.upload.mismatch", null);
	}

	@Test
	void refusesAPasswordProtectedPdf() throws IOException {
		refused("sao-ke.pdf", pdf("owner-secret", "user-secret"), "storage.upload.pdfEncrypted",
				"Tệp PDF được đặt mật khẩu hoặc mã hoá nên không dùng được. Vui lòng tải lên bản không đặt mật khẩu.");
	}

	@Test
	void refusesAnEncryptedPdfEvenWithoutAUserPassword() throws IOException {
		refused("sao-ke.pdf", pdf("owner-secret", ""), "storage.upload.pdfEncrypted", null);
	}

	@Test
	void refusesAPdfThatCannotBeOpened() throws IOException {
		refused("don.pdf", "%PDF-1.7\nthis is not really a PDF\n".getBytes(StandardCharsets.US_ASCII),
				"storage.upload.pdfDamaged", "Tệp PDF bị hỏng hoặc không có trang nào, không mở được. Vui lòng xuất lại tệp rồi tải lên.");
		byte[] real = pdf(null, null);
		refused("don.pdf", Arrays.copyOf(real, 40), "storage.upload.pdfDamaged", null);
	}

	@Test
	void refusesImagesWhoseHeaderIsTruncated() throws IOException {
		String message = "Ảnh bị hỏng hoặc không đầy đủ nên không đọc được. Vui lòng chụp hoặc quét lại.";
		// Signature and part of IHDR: the dimensions are cut off.
		refused("anh.png", Arrays.copyOf(image("png"), 20), "storage.upload.imageDamaged", message);
		// SOI and the start of APP0, no frame header.
		refused("anh.jpg", Arrays.copyOf(image("jpg"), 12), "storage.upload.imageDamaged", message);
	}

	@ParameterizedTest(name = "{2}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			C:\\Users\\an\\Giấy tờ\\CCCD mặt trước.jpg | CCCD mặt trước.jpg  | Windows path dropped
			../../etc/passwd.jpg                      | passwd.jpg          | Unix path dropped
			..                                        | tep-dinh-kem.jpg    | only dots: default name
			.hidden.jpg                               | hidden.jpg          | no hidden files
			"Ảnh\u0000\u0007 hộ   khẩu\t.jpg"          | Ảnh hộ khẩu.jpg     | control characters dropped, spaces collapsed
			"ảnh\u202Egpj.jpg"                        | ảnhgpj.jpg          | right-to-left override dropped (would show as 'ảnhgpj.jpg' reversed)
			"so\u200B<đỏ>:|?*.jpg"                    | sođỏ.jpg            | zero-width space and characters Windows forbids dropped
			ho so v2.1                                | ho so v2.1.jpg      | '.1' is not an extension
			""")
	void cleansTheNameForDisplay(String original, String expected, String reason) throws IOException {
		assertThat(inspector.inspect(original, image("jpg")).safeName()).isEqualTo(expected.strip());
	}

	@Test
	void composesDecomposedVietnameseAndBoundsTheLength() throws IOException {
		// macOS sends names decomposed (e + combining marks); shown and stored composed.
		String decomposed = java.text.Normalizer.normalize("Giấy chứng nhận.jpg", java.text.Normalizer.Form.NFD);
		assertThat(inspector.inspect(decomposed, image("jpg")).safeName()).isEqualTo("Giấy chứng nhận.jpg");
		String name = inspector.inspect("ệ".repeat(300) + ".jpg", image("jpg")).safeName();
		assertThat(name).isEqualTo("ệ".repeat(80) + ".jpg");
	}

	private void refused(String name, byte[] content, String key, String vietnamese) {
		assertThatThrownBy(() -> inspector.inspect(name, content)).isInstanceOfSatisfying(UploadRefusedException.class,
				ex -> {
					assertThat(ex.messageKey()).isEqualTo(key);
					if (vietnamese != null) {
						assertThat(ex.getMessage()).isEqualTo(vietnamese);
					}
				});
	}

	/** A one-page PDF, encrypted when an owner password is given (user password may be empty). */
	static byte[] pdf(String ownerPassword, String userPassword) throws IOException {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			if (ownerPassword != null) {
				var policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
				policy.setEncryptionKeyLength(128);
				document.protect(policy);
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] image(String format) throws IOException {
		var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(5, 5, 20, 10);
		graphics.dispose();
		var out = new ByteArrayOutputStream();
		assertThat(ImageIO.write(image, format, out)).isTrue();
		return out.toByteArray();
	}
}
