package org.openprovince.dossier;

import org.openprovince.platform.LocalizedException;

/**
 * A dossier rule that refused an action, with its Vietnamese message from {@code messages/dossier}:
 * the action does not apply in the dossier's status or step, the person may not act, or the input is
 * incomplete. Nothing was written when it is thrown.
 */
public class DossierException extends LocalizedException {

	public DossierException(String messageKey, Object... arguments) {
		super("messages/dossier", messageKey, arguments);
	}
}
