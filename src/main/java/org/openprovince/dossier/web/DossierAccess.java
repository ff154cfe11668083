package org.openprovince.dossier.web;

import java.util.UUID;

import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierSearch;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.identity.CurrentUser;
import org.openprovince.platform.WebForms;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Loads a dossier for a page, or answers 404: for a malformed id, an unknown dossier, and a dossier the
 * officer may not see (neither its receiving nor its competent agency is theirs), so that a guessed id
 * tells nothing.
 */
@Component
class DossierAccess {

	private final DossierWorkflow workflow;

	private final DossierSearch search;

	DossierAccess(DossierWorkflow workflow, DossierSearch search) {
		this.workflow = workflow;
		this.search = search;
	}

	Dossier visible(String id, CurrentUser user) {
		UUID uuid = WebForms.parseUuid(id);
		if (uuid == null) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return workflow.find(new DossierId(uuid))
			.filter(d -> search.maySee(user, d.receivingAgencyId().value(), d.competentAgencyId().value()))
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}
}
