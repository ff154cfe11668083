package org.openprovince.dossier.forms;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * A person or organisation named on a form: the submitter, the dossier's owner or the addressee.
 * Missing details print as dotted blanks.
 *
 * @param idNumber personal identification number or citizen card number, or an organisation's code
 */
public record FormParty(String fullName, @Nullable String idNumber, @Nullable String address, @Nullable String phone,
		@Nullable String email) {

	public FormParty {
		Objects.requireNonNull(fullName, "fullName");
	}
}
