package org.openprovince.dossier;

import org.openprovince.platform.Labelled;

/**
 * Whether the owner of a dossier (chủ hồ sơ; LoaiDoiTuong in the national payload) is a person or an
 * organisation (tổ chức, doanh nghiệp).
 */
public enum OwnerKind implements Labelled {

	/** Cá nhân: identified by the citizen identity number. */
	PERSON,
	/** Tổ chức, doanh nghiệp: identified by the tax code (mã số thuế / mã số doanh nghiệp). */
	ORGANISATION;

	@Override
	public String messageKey() {
		return "dossier.ownerKind." + name();
	}
}
