package org.openprovince.organization.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Query string of the staff list: text (name or e-mail), agency, page cursor (staff ids). */
record StaffSearch(@Nullable String q, @Nullable UUID agency, @Nullable UUID after, @Nullable UUID before) {
}
