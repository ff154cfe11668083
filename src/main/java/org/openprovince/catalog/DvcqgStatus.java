package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
/**
 * The ten dossier statuses of the national public-service portal (trạng thái hồ sơ, DVCQG), spec §3.1.
 * A step of an internal process sets one of the routine statuses ({@link #settableByStep()}); the
 * others follow from events (refusal, supplement request, payment, withdrawal, stop).
 */
public enum DvcqgStatus implements Labelled {

	/** 1 Mới đăng ký. */
	SUBMITTED(1),
	/** 2 Được tiếp nhận. */
	RECEIVED(2),
	/** 3 Không được tiếp nhận. */
	REFUSED(3),
	/** 4 Đang xử lý. */
	PROCESSING(4),
	/** 5 Yêu cầu bổ sung giấy tờ. */
	SUPPLEMENT_REQUESTED(5),
	/** 6 Yêu cầu thực hiện nghĩa vụ tài chính. */
	PAYMENT_REQUESTED(6),
	/** 7 Công dân yêu cầu rút hồ sơ. */
	WITHDRAWN(7),
	/** 8 Dừng xử lý. */
	STOPPED(8),
	/** 9 Đã xử lý xong. */
	DONE(9),
	/** 10 Đã trả kết quả. */
	RETURNED(10);

	private final int code;

	DvcqgStatus(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** @throws CatalogException for a code outside 1–10 */
	public static DvcqgStatus ofCode(int code) {
		for (DvcqgStatus status : values()) {
			if (status.code == code) {
				return status;
			}
		}
		throw new CatalogException("catalog.error.status.code", code);
	}

	/** Whether a routine process step may set it: received (2), processing (4), done (9), returned (10). */
	public boolean settableByStep() {
		return this == RECEIVED || this == PROCESSING || this == DONE || this == RETURNED;
	}

	@Override
	public String messageKey() {
		return "catalog.status." + name();
	}
}
