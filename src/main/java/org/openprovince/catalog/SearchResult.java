package org.openprovince.catalog;

import java.util.List;

/** One page of search hits, best first (or by code without words). */
public record SearchResult(List<ProcedureHit> hits, int page, boolean hasNext) {

	public SearchResult {
		hits = List.copyOf(hits);
	}

	public boolean isEmpty() {
		return hits.isEmpty();
	}

	public boolean hasPrevious() {
		return page > 0;
	}
}
