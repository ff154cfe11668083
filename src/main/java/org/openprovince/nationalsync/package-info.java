/**
 * Synchronisation with the National Public Service Portal (đồng bộ hồ sơ lên Cổng Dịch vụ công quốc
 * gia, DVCQG; spec §9): every committed change of a dossier reaches this module as a
 * {@link org.openprovince.dossier.DossierChanged} event through the event publication registry (our
 * transactional outbox) and marks the dossier's sync state ({@code nsync_dossier}) as wanted at that
 * version; a worker then pushes the newest state of the dossier ({@code DongBoHoSoMC}) and its new
 * progress rows ({@code CapNhatTienDoHoSoMC}) to the configured endpoint, with retries and exponential
 * backoff, and publishes {@link org.openprovince.nationalsync.DossierSynced} when the portal
 * acknowledged a version.
 *
 * <p>Only dossiers with a reception time (NgayTiepNhan) are sent, as the vendors do (spec §9.3): an online
 * submission waits, as "not applicable", until it is received, and a dossier refused before reception is
 * never sent.
 *
 * <p>Public API: {@link org.openprovince.nationalsync.DossierSynced} and the
 * {@link org.openprovince.nationalsync.NationalSync} facade (health summary for dashboards). The
 * reconciliation page {@code /office/admin/national-sync} is for administrators.
 */
@NullMarked
@ApplicationModule(displayName = "National portal sync",
		allowedDependencies = { "platform", "audit", "identity", "organization", "catalog", "dossier" })
package org.openprovince.nationalsync;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
