/**
 * Citizen service portal (Cổng dịch vụ công): the pages citizens and businesses see — the home page,
 * online submission (nộp hồ sơ trực tuyến) with saved drafts, their own dossiers, tracking by code.
 */
@NullMarked
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "platform", "identity", "organization", "catalog", "dossier", "storage", "payment" })
package org.openprovince.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
