package org.openprovince.dossier;

import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.platform.Labelled;

/**
 * The internal state of a dossier, richer than the national status it maps to (spec §3.1–3.2, [I]
 * "keep an internal, richer status plus a mapping to the 10 DVCQG codes"): it tells a supplementation
 * requested before reception from one requested during processing, and a proposal waiting at the
 * one-stop desk from a request already sent to the applicant.
 */
public enum DossierState implements Labelled {

	/** Submitted online, waiting for the one-stop desk (1 Mới đăng ký). */
	SUBMITTED(DvcqgStatus.SUBMITTED),
	/** Submitted online, the desk asked the applicant to complete it before receiving (5, "Chờ bổ sung tiếp nhận"). */
	RECEPTION_SUPPLEMENT(DvcqgStatus.SUPPLEMENT_REQUESTED),
	/** Refused at reception (3). Final. */
	REFUSED(DvcqgStatus.REFUSED),
	/** Received at the desk, at the reception step (2). */
	RECEIVED(DvcqgStatus.RECEIVED),
	/** At a processing step of the competent agency (4). */
	PROCESSING(DvcqgStatus.PROCESSING),
	/** The case officer asked the desk to request a supplement; the clock still runs (4, "Yêu cầu một cửa bổ sung"). */
	SUPPLEMENT_PROPOSED(DvcqgStatus.PROCESSING),
	/** The desk asked the applicant to supplement; the clock stands still (5, "Yêu cầu công dân bổ sung"). */
	SUPPLEMENT_REQUESTED(DvcqgStatus.SUPPLEMENT_REQUESTED),
	/** The applicant must pay taxes, fees or charges; the clock stands still (6). */
	PAYMENT_REQUESTED(DvcqgStatus.PAYMENT_REQUESTED),
	/** Withdrawn at the applicant's request (7). Final. */
	WITHDRAWN(DvcqgStatus.WITHDRAWN),
	/** Processing stopped at the applicant's request (8, Thông báo dừng giải quyết hồ sơ). Final. */
	STOPPED(DvcqgStatus.STOPPED),
	/** Result (or refusal) ready at the desk (9). */
	DONE(DvcqgStatus.DONE),
	/** Result handed to the applicant (10). Final. */
	RETURNED(DvcqgStatus.RETURNED);

	private final DvcqgStatus status;

	DossierState(DvcqgStatus status) {
		this.status = status;
	}

	/** The national status code this state is reported as. */
	public DvcqgStatus status() {
		return status;
	}

	/** Whether nothing more can happen to the dossier (except an audited correction by an administrator). */
	public boolean isFinal() {
		return this == REFUSED || this == WITHDRAWN || this == STOPPED || this == RETURNED;
	}

	/** Whether the applicant, not an officer, must act next. */
	public boolean waitsForApplicant() {
		return this == RECEPTION_SUPPLEMENT || this == SUPPLEMENT_REQUESTED || this == PAYMENT_REQUESTED;
	}

	/** Whether the dossier was validly received and processing has not ended. */
	public boolean inProgress() {
		return this == RECEIVED || this == PROCESSING || this == SUPPLEMENT_PROPOSED || this == SUPPLEMENT_REQUESTED
				|| this == PAYMENT_REQUESTED;
	}

	@Override
	public String messageKey() {
		return "dossier.state." + name();
	}
}
