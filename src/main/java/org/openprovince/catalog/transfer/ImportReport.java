package org.openprovince.catalog.transfer;

import java.util.List;

/**
 * The outcome of an import: either every record was applied (created, revised as a new version, or
 * unchanged) or nothing was, and {@link #problems()} says why.
 */
public record ImportReport(List<ImportProblem> problems, int created, int revised, int unchanged) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	static ImportReport failed(List<ImportProblem> problems) {
		return new ImportReport(problems, 0, 0, 0);
	}

	public boolean succeeded() {
		return problems.isEmpty();
	}
}
