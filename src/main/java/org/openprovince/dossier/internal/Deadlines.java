package org.openprovince.dossier.internal;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.organization.AgencyId;

/** The deadline arithmetic a dossier needs, backed by the working calendar. */
public interface Deadlines {

	/**
	 * The appointment date (ngày hẹn trả) of the dossier: its time limit from reception, with the
	 * closed pauses taken out as the procedure version says (resume or restart after a supplement).
	 */
	Instant dossierDue(Dossier dossier, Instant receivedAt, List<Pause> pauses);

	/** The personal deadline of a step started at {@code start}; {@code null} for a step without a budget. */
	@Nullable
	Instant stepDue(Step step, Instant start, List<Pause> pauses);

	/** The first working moment of the agency at or after {@code moment}. */
	Instant nextWorkingMoment(AgencyId agency, Instant moment);
}
