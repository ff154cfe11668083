package org.openprovince.catalog;

import org.openprovince.platform.Labelled;
/**
 * How a dossier can be submitted (cách thức thực hiện, KENH): codes 1, 2, 3 of the national database
 * and the 766 method (spec §8.1), labels as on DVCQG (spec §2.2).
 */
public enum Channel implements Labelled {

	/** Trực tiếp, at a one-stop desk. */
	DIRECT(1, "Trực tiếp"),
	/** Trực tuyến, on the national public-service portal. */
	ONLINE(2, "Trực tuyến"),
	/** Nộp qua bưu chính công ích (public postal service). */
	POSTAL(3, "Nộp qua bưu chính công ích");

	private final int code;

	private final String nationalLabel;

	Channel(int code, String nationalLabel) {
		this.code = code;
		this.nationalLabel = nationalLabel;
	}

	public int code() {
		return code;
	}

	public String nationalLabel() {
		return nationalLabel;
	}

	/** @throws CatalogException for a code other than 1, 2 or 3 */
	public static Channel ofCode(int code) {
		for (Channel channel : values()) {
			if (channel.code == code) {
				return channel;
			}
		}
		throw new CatalogException("catalog.error.channel.code", code);
	}

	@Override
	public String messageKey() {
		return "catalog.channel." + name();
	}
}
