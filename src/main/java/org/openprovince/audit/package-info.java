/**
 * Audit trail (nhật ký hệ thống): every state-changing action writes an entry with actor, action,
 * target, time, client address and correlation id, chained to the previous entry by a SHA-256
 * hash so that an edited or deleted row is detected.
 */
@NullMarked
@ApplicationModule(displayName = "Audit", allowedDependencies = "platform")
package org.openprovince.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
