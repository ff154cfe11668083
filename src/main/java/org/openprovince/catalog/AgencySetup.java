package org.openprovince.catalog;

import java.util.List;
import java.util.Optional;

import org.openprovince.organization.AgencyId;

/**
 * How one competent agency handles a procedure version (cấu hình thủ tục theo cơ quan): the agencies
 * that receive its dossiers, with exactly one default, and its internal process.
 *
 * @param version optimistic-lock version, to pass back when changing it
 * @param fitsTimeLimit whether the process budgets add up to the version's time limit; false only for
 * a process copied into a new version whose limit changed, until someone adjusts it
 */
public record AgencySetup(AgencyRef competent, List<Receiver> receivers, InternalProcess process, long version,
		boolean fitsTimeLimit) {

	public AgencySetup {
		receivers = List.copyOf(receivers);
	}

	public Receiver defaultReceiver() {
		return receivers.stream().filter(Receiver::isDefault).findFirst().orElse(receivers.getFirst());
	}

	public boolean receivesAt(AgencyId agency) {
		return receivers.stream().anyMatch(r -> r.agency().id().equals(agency));
	}

	public Optional<Receiver> receiver(AgencyId agency) {
		return receivers.stream().filter(r -> r.agency().id().equals(agency)).findFirst();
	}
}
