package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
/**
 * Online public-service level (mức độ dịch vụ công trực tuyến) since Decree 42/2022/NĐ-CP: full
 * (toàn trình), partial (một phần), or information only. Codes are the vendor's MucDo 4, 3, 2 (spec §8.1).
 */
public enum OnlineLevel implements Labelled {

	/** Dịch vụ cung cấp thông tin: no online submission. */
	INFORMATION(2),
	/** Một phần: part of the procedure is done online. */
	PARTIAL(3),
	/** Toàn trình: submitted, processed and returned online or by public postal service. */
	FULL(4);

	private final int code;

	OnlineLevel(int code) {
		this.code = code;
	}

	public int code() {
		return code;
	}

	/** @throws CatalogException for a code other than 2, 3 or 4 */
	public static OnlineLevel ofCode(int code) {
		for (OnlineLevel level : values()) {
			if (level.code == code) {
				return level;
			}
		}
		throw new CatalogException("catalog.error.onlineLevel.code", code);
	}

	@Override
	public String messageKey() {
		return "catalog.onlineLevel." + name();
	}
}
