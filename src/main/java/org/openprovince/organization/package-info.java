/**
 * Organisation directory: administrative units over time (with the 2025 merges), agencies with
 * their departments, positions, and the staff who hold them.
 *
 * <p>The base package is the module's API: ids, {@link org.openprovince.organization.AgencyCode},
 * {@link org.openprovince.organization.AgencyKind} and the {@link org.openprovince.organization.Organization}
 * facade. Aggregates and repositories are package-private; {@code web} and {@code demo} are internal.
 */
@NullMarked
@ApplicationModule(displayName = "Organization", allowedDependencies = { "platform", "audit" })
package org.openprovince.organization;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
