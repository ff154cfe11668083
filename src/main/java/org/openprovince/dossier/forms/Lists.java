package org.openprovince.dossier.forms;

import java.util.List;
import java.util.Objects;

/** Immutable copies of the lists in the form records, with a cap so one form stays a few pages. */
final class Lists {

	/** At most this many papers or hand-overs on one form. */
	static final int MAX_ITEMS = 200;

	private Lists() {
	}

	static <T> List<T> copy(List<T> list, int max, String name) {
		Objects.requireNonNull(list, name);
		if (list.size() > max) {
			throw new IllegalArgumentException("A form holds at most " + max + " " + name + ", got " + list.size());
		}
		return List.copyOf(list);
	}
}
