package org.openprovince.nationalsync;

import java.time.Instant;

import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;

/**
 * The national portal acknowledged the dossier as it stood at {@code version} (đồng bộ thành công):
 * what the sync-rate indicator (Decision 766, 1.4) counts.
 */
public record DossierSynced(DossierId dossierId, DossierCode code, long version, Instant at) {
}
