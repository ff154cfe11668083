package org.openprovince.dossier;

import java.time.Instant;

import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.organization.AgencyId;

/**
 * A dossier was validly received (tiếp nhận), at the counter or by accepting an online submission:
 * it has its code, and the clock runs from {@code receivedAt} to {@code dueAt} (ngày hẹn trả).
 *
 * @param receivingAgency the agency whose one-stop desk received it (and returns the result)
 * @param competentAgency the agency competent to decide (cơ quan có thẩm quyền), possibly another one
 */
public record DossierReceived(DossierId dossierId, DossierCode code, ProcedureId procedureId, String procedureCode,
		AgencyId receivingAgency, AgencyId competentAgency, Channel channel, Instant receivedAt, Instant dueAt) {
}
