/**
 * Dossier processing (giải quyết hồ sơ thủ tục hành chính): the electronic one-stop shop from the
 * counter to the returned result. A dossier (hồ sơ) is received at a one-stop desk or online, gets its
 * code, follows the internal process of the competent agency step by step with a deadline per step,
 * may be paused for supplementation or a financial obligation, and ends with a result returned to the
 * applicant, or with a refusal, a withdrawal or a stop. Its status is one of the ten codes of the
 * national portal (spec §3.1); every transition is checked, versioned, logged and audited.
 *
 * <p>The base package is the module's API: ids, the code, the events other modules react to
 * ({@link org.openprovince.dossier.DossierReceived}, {@link org.openprovince.dossier.DossierStatusChanged},
 * {@link org.openprovince.dossier.DossierFinished}) and the {@link org.openprovince.dossier.DossierQueries}
 * facade.
 */
@NullMarked
@ApplicationModule(displayName = "Dossier",
		allowedDependencies = { "platform", "audit", "organization", "identity", "calendar", "catalog", "payment", "storage" })
package org.openprovince.dossier;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
