package org.openprovince.organization;

import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters about a staff member (cán bộ, công chức).
 *
 * @param email official e-mail, unique, stored in lower case
 * @param phone telephone number, or {@code null}
 */
public record StaffDetails(String fullName, String email, @Nullable String phone) {
}
