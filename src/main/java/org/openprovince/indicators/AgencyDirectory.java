package org.openprovince.indicators;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.openprovince.organization.AgencyId;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.springframework.stereotype.Component;

/**
 * The agencies' names as the figures show them, from the organisation directory: those in force on a day
 * in one query; an agency that has since ended, e.g. merged in 2025, looked up by itself.
 */
@Component
class AgencyDirectory {

	private final Organization organization;

	AgencyDirectory(Organization organization) {
		this.organization = organization;
	}

	Map<AgencyId, AgencyName> names(Collection<AgencyId> ids, LocalDate today) {
		Map<AgencyId, AgencyName> names = new HashMap<>();
		if (ids.isEmpty()) {
			return names;
		}
		if (ids.size() == 1) {
			AgencyId id = ids.iterator().next();
			names.put(id, lookUp(id));
			return names;
		}
		for (AgencySummary a : organization.currentAgencies(today)) {
			if (ids.contains(a.id())) {
				names.put(a.id(), name(a));
			}
		}
		for (AgencyId id : ids) {
			if (!names.containsKey(id)) {
				names.put(id, lookUp(id));
			}
		}
		return names;
	}

	private AgencyName lookUp(AgencyId id) {
		return organization.findAgency(id).map(AgencyDirectory::name).orElseGet(() -> AgencyName.unknown(id));
	}

	private static AgencyName name(AgencySummary agency) {
		return new AgencyName(agency.id(), agency.code().value(), agency.name());
	}
}
