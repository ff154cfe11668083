package org.openprovince.audit;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of entries, newest first, and the keyset of the next (older) page if there is one. */
record AuditPage(List<AuditEntry> entries, @Nullable Long nextBefore) {

	static final AuditPage EMPTY = new AuditPage(List.of(), null);
}
