package org.openprovince.dossier.forms;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One paper of a dossier (thành phần hồ sơ) in a form's table, with how many originals and how many
 * copies (certified copies or photocopies) were handed in or are asked for.
 */
public record FormComponent(String name, int originals, int copies, @Nullable String note) {

	public FormComponent {
		Objects.requireNonNull(name, "name");
		if (originals < 0 || copies < 0) {
			throw new IllegalArgumentException("Counts of originals and copies cannot be negative");
		}
	}
}
