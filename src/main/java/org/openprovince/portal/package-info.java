/**
 * Citizen service portal (Cổng dịch vụ công): the pages citizens and businesses see — the home page,
 * online submission (nộp hồ sơ trực tuyến) with saved drafts, their own dossiers (hồ sơ của tôi) with
 * supplement, withdrawal, payment and rating, and tracking by code (tra cứu hồ sơ).
 */
@NullMarked
@ApplicationModule(displayName = "Portal",
		allowedDependencies = { "platform", "identity", "organization", "catalog", "dossier", "storage", "payment" })
package org.openprovince.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
