/**
 * Citizen service portal (Cổng dịch vụ công): the pages citizens and businesses see. Today the
 * home page; online submission, tracking and rating follow.
 */
@NullMarked
@ApplicationModule(displayName = "Portal", allowedDependencies = { "platform" })
package org.openprovince.portal;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
