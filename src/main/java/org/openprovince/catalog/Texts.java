package org.openprovince.catalog;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Checks shared by the catalog's value objects: stripped, bounded, required or optional text. */
final class Texts {

	static final int SHORT = 300;

	static final int LONG = 20_000;

	private Texts() {
	}

	/** The stripped text; blank or too long breaks the rule named by {@code key}. */
	static String required(@Nullable String value, String key, int max) {
		if (value == null || value.isBlank()) {
			throw new CatalogException(key + ".required");
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new CatalogException("catalog.error.text.tooLong", max);
		}
		return stripped;
	}

	/** The stripped text, or {@code null} when absent or blank. */
	static @Nullable String optional(@Nullable String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		if (stripped.length() > max) {
			throw new CatalogException("catalog.error.text.tooLong", max);
		}
		return stripped;
	}

	/** An unmodifiable copy without nulls; more than {@code max} elements is refused. */
	static <T> List<T> list(@Nullable List<T> values, int max) {
		List<T> copy = values == null ? List.of() : List.copyOf(values.stream().filter(Objects::nonNull).toList());
		if (copy.size() > max) {
			throw new CatalogException("catalog.error.list.tooLong", max);
		}
		return copy;
	}
}
