package org.openprovince.calendar;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/**
 * Stored office hours: the province's default ({@code agency} {@code null}) or an agency's own.
 *
 * @param version for optimistic locking; {@link #NEW} when nothing is stored yet
 */
public record AgencyHours(@Nullable AgencyId agency, WorkingHours hours, long version) {

	/** Version of hours not stored yet (an agency still on the default). */
	public static final long NEW = -1;
}
