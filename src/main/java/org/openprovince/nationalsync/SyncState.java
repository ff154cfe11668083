package org.openprovince.nationalsync;

import org.openprovince.platform.Labelled;

/** Where a dossier stands with the national portal. */
enum SyncState implements Labelled {

	/** Changed since the last acknowledged version; the worker sends it when it is due. */
	PENDING,
	/** The portal acknowledged the newest version and every progress row. */
	SYNCED,
	/** The last attempt met an unreachable, failing or slow portal; retried with growing delays. */
	FAILING,
	/** The portal refused the payload (error_code 02); sent again only after a change or a manual retry. */
	INVALID,
	/** Not received yet (no NgayTiepNhan), so not sent (spec §9.3). */
	NOT_APPLICABLE;

	@Override
	public String messageKey() {
		return "nationalsync.state." + name();
	}
}
