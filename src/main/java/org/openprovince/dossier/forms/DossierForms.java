package org.openprovince.dossier.forms;

import java.util.Locale;
import java.util.concurrent.Semaphore;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.HtmlToPdf;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the one-stop-shop forms of Circular 03/2025/TT-VPCP, Annex I (spec §5.2) to PDF: A4 portrait,
 * the tracking book A4 landscape (and xlsx). Official forms are always in Vietnamese, whatever the
 * reader's language: the wording comes from {@code messages/forms}, the layout from the templates
 * under {@code templates/dossier/forms/}. Forms 01–06 carry a QR code to the dossier's tracking page.
 * Every value is printed as text, never as markup. Thread-safe.
 */
@Component
public class DossierForms {

	/** The language of every form. */
	static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final String TEMPLATES = "dossier/forms/";

	/** Rows above which a tracking book waits for other large ones (about 50 pages). */
	private static final int LARGE_BOOK = 1_000;

	private final ITemplateEngine templates;

	private final FormFormats formats;

	private final HtmlToPdf pdf = new HtmlToPdf();

	private final TrackingBookXlsx xlsx = new TrackingBookXlsx();

	/** A 5,000-row book holds about 250 MB while it is laid out: render one large book at a time. */
	private final Semaphore largeBooks = new Semaphore(1);

	/**
	 * @param templates resolves {@code dossier/forms/*} from {@code templates/*.html} in HTML mode, with
	 * {@code messages} for {@code #{…}}
	 * @param messages holds the {@code messages/forms} bundle
	 */
	public DossierForms(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.formats = new FormFormats(messages, VIETNAMESE);
	}

	/** Form 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
	public byte[] receipt(ReceiptForm form) {
		return pdf(FormType.RECEIPT, form, form.trackingUrl());
	}

	/** Form 02, Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
	public byte[] supplementRequest(SupplementRequestForm form) {
		return pdf(FormType.SUPPLEMENT_REQUEST, form, form.trackingUrl());
	}

	/** Form 03, Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
	public byte[] refusal(RefusalForm form) {
		return pdf(FormType.REFUSAL, form, form.trackingUrl());
	}

	/** Form 04, Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
	public byte[] apology(ApologyForm form) {
		return pdf(FormType.APOLOGY, form, form.trackingUrl());
	}

	/** Form 05, Thông báo dừng giải quyết hồ sơ. */
	public byte[] stopNotice(StopNoticeForm form) {
		return pdf(FormType.STOP_NOTICE, form, form.trackingUrl());
	}

	/** Form 06, Phiếu kiểm soát quá trình giải quyết hồ sơ. */
	public byte[] controlSlip(ControlSlipForm form) {
		return pdf(FormType.CONTROL_SLIP, form, form.trackingUrl());
	}

	/**
	 * Form 07, Sổ theo dõi hồ sơ, as a PDF in A4 landscape with the header repeated on every page. A book
	 * of more than 1,000 rows waits while another one renders, to bound memory; 5,000 rows take seconds.
	 */
	public byte[] trackingBook(TrackingBookForm form) {
		if (form.rows().size() <= LARGE_BOOK) {
			return pdf(FormType.TRACKING_BOOK, form, null);
		}
		largeBooks.acquireUninterruptibly();
		try {
			return pdf(FormType.TRACKING_BOOK, form, null);
		}
		finally {
			largeBooks.release();
		}
	}

	/** Form 07, Sổ theo dõi hồ sơ, as an xlsx workbook of one sheet. */
	public byte[] trackingBookXlsx(TrackingBookForm form) {
		return xlsx.write(form, formats);
	}

	private byte[] pdf(FormType type, Object form, @Nullable String trackingUrl) {
		var context = new Context(VIETNAMESE);
		context.setVariable("type", type);
		context.setVariable("form", form);
		context.setVariable("fmt", formats);
		context.setVariable("qr", trackingUrl == null ? null : QrCodes.dataUri(trackingUrl));
		String xhtml = templates.process(TEMPLATES + type.name().toLowerCase(Locale.ROOT).replace('_', '-'), context);
		return pdf.render(xhtml);
	}
}
