/**
 * Administrative-procedure catalog (danh mục thủ tục hành chính, TTHC): procedures with every part
 * Decree 63/2010/NĐ-CP art. 8.2 requires, their versions over time, and the per-agency configuration
 * with the internal process (quy trình nội bộ) that dossiers follow.
 *
 * <p>The base package is the module's API: ids, value objects, read models and the
 * {@link org.openprovince.catalog.Catalog} facade. Aggregates and repositories are package-private;
 * {@code web}, {@code transfer} (national-database JSON and xlsx) and {@code demo} are internal.
 */
@NullMarked
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "platform", "audit", "organization" })
package org.openprovince.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
