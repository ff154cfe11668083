package org.openprovince.catalog;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.StaffId;

/**
 * An agency that receives dossiers of a procedure (cơ quan tiếp nhận), usually a service center; the
 * default one gets online dossiers, and its default officer (người tiếp nhận mặc định, spec §3.3 T1) is
 * assigned to them first.
 *
 * @param officer the default receiving officer, or {@code null}
 * @param officerName the officer's name when configured, or {@code null}
 */
public record Receiver(AgencyRef agency, boolean isDefault, @Nullable StaffId officer, @Nullable String officerName) {
}
