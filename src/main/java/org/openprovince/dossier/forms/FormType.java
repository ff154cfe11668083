package org.openprovince.dossier.forms;

import org.openprovince.platform.Labelled;

/**
 * The forms of Circular 03/2025/TT-VPCP, Annex I, in the Annex's order (spec §5.2): constant
 * {@code n} is form number {@code 0n}.
 */
public enum FormType implements Labelled {

	/** Mẫu số 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
	RECEIPT,
	/** Mẫu số 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
	SUPPLEMENT_REQUEST,
	/** Mẫu số 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
	REFUSAL,
	/** Mẫu số 04: Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
	APOLOGY,
	/** Mẫu số 05: Thông báo dừng giải quyết hồ sơ. */
	STOP_NOTICE,
	/** Mẫu số 06: Phiếu kiểm soát quá trình giải quyết hồ sơ. */
	CONTROL_SLIP,
	/** Mẫu số 07: Sổ theo dõi hồ sơ. */
	TRACKING_BOOK;

	/** The form's number in Annex I, {@code "01"} to {@code "07"}. */
	public String number() {
		return "%02d".formatted(ordinal() + 1);
	}

	/** The name an issued form is downloaded under, e.g. {@code mau-01.pdf}. */
	public String fileName() {
		return "mau-" + number() + ".pdf";
	}

	/** Key of the form's official name in {@code messages/forms}. */
	@Override
	public String messageKey() {
		return "forms.type." + name();
	}
}
