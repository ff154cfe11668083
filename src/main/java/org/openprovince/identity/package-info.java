/**
 * Identity (tài khoản, đăng nhập): staff and citizen accounts, passwords, lockout, roles and the
 * agency scope of a staff member's authority, the two login pages (back office and portal).
 *
 * <p>An account's id is a stable UUID that never changes or is reused, so that the same account
 * can later sign into other provincial software through OpenID Connect (it becomes the
 * {@code sub} claim; display name, e-mail and phone map to the standard claims).
 */
@NullMarked
@ApplicationModule(displayName = "Identity", allowedDependencies = { "platform", "audit", "organization" })
package org.openprovince.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
