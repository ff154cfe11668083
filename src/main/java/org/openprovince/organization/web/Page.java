package org.openprovince.organization.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One page of a keyset-paginated list: the rows and the keys to pass as {@code after} (next page)
 * or {@code before} (previous page), {@code null} when there is no such page.
 */
record Page<T>(List<T> rows, @Nullable String next, @Nullable String previous) {

	static final int SIZE = 50;

	/**
	 * Builds a page from up to {@link #SIZE} + 1 fetched rows: in key order when paging forward, in
	 * reverse key order when {@code backward}.
	 */
	static <T> Page<T> of(List<T> fetched, boolean backward, boolean hasCursor, Function<T, String> key) {
		boolean more = fetched.size() > SIZE;
		List<T> rows = new ArrayList<>(more ? fetched.subList(0, SIZE) : fetched);
		if (backward) {
			Collections.reverse(rows);
		}
		if (rows.isEmpty()) {
			return new Page<>(rows, null, null);
		}
		String first = key.apply(rows.getFirst());
		String last = key.apply(rows.getLast());
		return backward ? new Page<>(rows, last, more ? first : null)
				: new Page<>(rows, more ? last : null, hasCursor ? first : null);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}
}
