package org.openprovince.dossier;

import java.util.Objects;

/**
 * One declared value of the applicant's e-form (tờ khai điện tử) as submitted: the field's key and
 * label at the time, and the value. Kept with the dossier, so a later change of the procedure's form
 * never changes what was declared.
 */
public record FormEntry(String key, String label, String value) {

	public FormEntry {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
		Objects.requireNonNull(value, "value");
	}
}
