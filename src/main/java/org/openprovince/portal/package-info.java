/**
 * Citizen service portal (Cổng dịch vụ công): the pages citizens and businesses see. The home page,
 * the citizen's own dossiers (hồ sơ của tôi: follow, supplement, withdraw, rate, download) and public
 * tracking by dossier code (tra cứu hồ sơ), on the dossier module's citizen facade.
 */
@NullMarked
@ApplicationModule(displayName = "Portal", allowedDependencies = { "platform", "identity", "dossier", "catalog" })
package org.openprovince.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
