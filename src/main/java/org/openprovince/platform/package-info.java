/**
 * Shared infrastructure: starting the embedded PostgreSQL when no database is configured, the
 * correlation id carried by every request, locale switching, the friendly error pages and the PDF
 * renderer with embedded Vietnamese fonts ({@link org.openprovince.platform.HtmlToPdf}).
 * Every module may use it; it uses no business module.
 */
@NullMarked
@ApplicationModule(displayName = "Platform", allowedDependencies = {})
package org.openprovince.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
