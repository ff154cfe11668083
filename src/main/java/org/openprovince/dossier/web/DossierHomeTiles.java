package org.openprovince.dossier.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.openprovince.dossier.internal.DossierSearch;
import org.openprovince.dossier.internal.Queue;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.HomeTile;
import org.openprovince.identity.OfficeHomeTiles;
import org.openprovince.platform.WebForms;
import org.springframework.stereotype.Component;

/** The work queues on the back-office home page: one card per queue, linking to its tab. */
@Component
class DossierHomeTiles implements OfficeHomeTiles {

	private final DossierSearch search;

	DossierHomeTiles(DossierSearch search) {
		this.search = search;
	}

	@Override
	public List<HomeTile> tiles(CurrentUser user) {
		if (!Pages.worksOnDossiers(user)) {
			return List.of();
		}
		Map<Queue, Integer> counts = search.counts(user);
		return Arrays.stream(Queue.values())
			.map(queue -> new HomeTile(queue.messageKey(), counts.getOrDefault(queue, 0),
					WebForms.link(Pages.PATH, "queue", queue), queue == Queue.OVERDUE || queue == Queue.DUE_SOON))
			.toList();
	}
}
