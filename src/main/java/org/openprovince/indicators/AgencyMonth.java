package org.openprovince.indicators;

import java.time.YearMonth;

import org.openprovince.organization.AgencyId;

/** The figures of one competent agency in one month (a row of {@code indicator_agency_month}). */
record AgencyMonth(AgencyId agency, YearMonth month, DossierCounts counts) {
}
