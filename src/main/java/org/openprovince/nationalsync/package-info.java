/**
 * Synchronisation with the national public-service portal (đồng bộ hồ sơ lên Cổng Dịch vụ công quốc
 * gia, spec §9): every received dossier, and every later change of it, is pushed there as a whole
 * (DongBoHoSoMC) with its progress rows (CapNhatTienDoHoSoMC).
 *
 * <p>The base package is the module's API: the {@link org.openprovince.nationalsync.DossierSynced} event.
 */
@NullMarked
@ApplicationModule(displayName = "National portal sync",
		allowedDependencies = { "platform", "audit", "identity", "organization", "catalog", "dossier", "storage" })
package org.openprovince.nationalsync;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
