package org.openprovince.dossier.internal;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierException;

/** Trimming and length rules for officers' free text. */
final class Texts {

	static final int NOTE = 4_000;

	private Texts() {
	}

	static String required(@Nullable String value, String messageKey, int max) {
		String text = optional(value, max);
		if (text == null) {
			throw new DossierException(messageKey);
		}
		return text;
	}

	static @Nullable String optional(@Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new DossierException("dossier.error.text.tooLong", max);
		}
		return text;
	}

	/** Non-blank items, trimmed; at least one. */
	static List<String> items(@Nullable List<String> values, String messageKey) {
		List<String> items = values == null ? List.of()
				: values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
		if (items.isEmpty()) {
			throw new DossierException(messageKey);
		}
		if (items.size() > 100 || items.stream().anyMatch(s -> s.length() > 1_000)) {
			throw new DossierException("dossier.error.text.tooLong", 1_000);
		}
		return items;
	}
}
