package org.openprovince.dossier;

import org.openprovince.platform.Labelled;

/**
 * What can happen to a dossier, as recorded in its history and offered on its page; the transitions
 * T1–T18 of spec §3.3.
 */
public enum DossierAction implements Labelled {

	/** T1 Nộp hồ sơ trực tuyến. */
	SUBMIT,
	/** T2 Tiếp nhận trực tiếp / qua bưu chính (Mẫu 01). */
	RECEIVE,
	/** T3 Tiếp nhận hồ sơ trực tuyến (Mẫu 01). */
	ACCEPT,
	/** T4 Từ chối tiếp nhận (Mẫu 03). */
	REFUSE_RECEPTION,
	/** T5 Yêu cầu bổ sung tại khâu tiếp nhận (Mẫu 02). */
	REQUEST_RECEPTION_SUPPLEMENT,
	/** The applicant completed an online submission after T5. */
	RECEPTION_SUPPLEMENT_PROVIDED,
	/** T6/T7 Chuyển bước tiếp theo. */
	FORWARD,
	/** Hand-over between agencies (liên thông), recorded with each crossing. */
	TRANSFER,
	/** T7 Trả lại bước trước. */
	SEND_BACK,
	/** T7 Chuyển nội bộ: giao cho cán bộ khác trong đơn vị. */
	REASSIGN,
	/** T8 Đề nghị một cửa yêu cầu bổ sung. */
	PROPOSE_SUPPLEMENT,
	/** T8 Một cửa gửi yêu cầu bổ sung cho người nộp (Mẫu 02). */
	ISSUE_SUPPLEMENT_REQUEST,
	/** T9 Hoàn thành bổ sung. */
	COMPLETE_SUPPLEMENT,
	/** T10 Yêu cầu thực hiện nghĩa vụ tài chính. */
	REQUEST_PAYMENT,
	/** T10 Đã thực hiện nghĩa vụ tài chính. */
	RECORD_PAYMENT,
	/** T13 Đề xuất từ chối giải quyết (không đủ điều kiện). */
	PROPOSE_REFUSAL,
	/** T14 Kết thúc xử lý, có kết quả. */
	RECORD_RESULT,
	/** T17 Xin lỗi và đề nghị gia hạn (Mẫu 04). */
	APOLOGISE,
	/** T11 Dừng giải quyết theo đề nghị của người nộp (Mẫu 05). */
	STOP,
	/** T12 Rút hồ sơ theo yêu cầu của người nộp. */
	WITHDRAW,
	/** T16 Trả kết quả. */
	RETURN_RESULT,
	/** T18 Đánh giá mức độ hài lòng. */
	RATE,
	/** Lệ phí đã thanh toán trực tuyến khi nộp (spec §8.2); no change of status. */
	FEE_PAID;

	@Override
	public String messageKey() {
		return "dossier.action." + name();
	}
}
