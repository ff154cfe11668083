package org.openprovince.payment;

import org.openprovince.platform.Labelled;

/**
 * Why the applicant pays (spec T10): the fee due when the dossier is submitted (lệ phí khi nộp hồ
 * sơ) or a financial obligation requested during processing (nghĩa vụ tài chính).
 */
public enum PaymentPurpose implements Labelled {

	SUBMISSION_FEE, FINANCIAL_OBLIGATION;

	/** Message-bundle key of the purpose's name. */
	@Override
	public String messageKey() {
		return "payment.purpose." + name();
	}
}
