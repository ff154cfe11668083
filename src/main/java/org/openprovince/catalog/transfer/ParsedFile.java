package org.openprovince.catalog.transfer;

import java.util.List;

/** What a reader made of a file: the procedures it could read and the problems it found. */
public record ParsedFile(List<ImportRecord> records, List<ImportProblem> problems) {

	public ParsedFile {
		records = List.copyOf(records);
		problems = List.copyOf(problems);
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}
}
