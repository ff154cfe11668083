package org.openprovince.dossier.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;

/**
 * In the application the bean gets Boot's template engine ({@code classpath:/templates/}) and the
 * application's message source; the forms render the same there.
 */
class DossierFormsWiringTest {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ThymeleafAutoConfiguration.class, MessageSourceAutoConfiguration.class))
		.withPropertyValues("spring.messages.basename=messages/platform,messages/forms",
				"spring.messages.fallback-to-system-locale=false")
		.withBean(DossierForms.class);

	@Test
	void rendersWithBootsTemplateEngineAndMessageSource() {
		context.run(app -> {
			byte[] pdf = app.getBean(DossierForms.class).receipt(FormSamples.receipt(FormSamples.PARTY));
			assertThat(text(pdf)).contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", FormSamples.CODE,
					FormSamples.APPLICANT, "14 giờ 30 phút, ngày 21/11/2026");
		});
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}
}
