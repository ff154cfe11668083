package org.openprovince.catalog;

import org.openprovince.organization.AgencyCode;
import org.openprovince.organization.AgencyId;

/** An agency of the organisation directory as the catalog recorded it: id, code and name at the time. */
public record AgencyRef(AgencyId id, AgencyCode code, String name) {
}
