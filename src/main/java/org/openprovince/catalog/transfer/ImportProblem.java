package org.openprovince.catalog.transfer;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.CatalogException;

/**
 * What is wrong where in an imported file: the sheet (xlsx) or {@code null} (JSON), the row (xlsx row
 * number, or the record's position in a JSON file, from 1; 0 for the file as a whole), the column
 * (letter and header, or the JSON key path), and the broken rule, whose message is Vietnamese and
 * renders in the reader's language as a {@link org.springframework.context.MessageSourceResolvable}.
 */
public record ImportProblem(@Nullable String sheet, int row, String column, CatalogException error) {

	public String message() {
		return error.getMessage();
	}

	@Override
	public String toString() {
		return (sheet == null ? "" : sheet + " ") + "row " + row + " " + column + ": " + message();
	}
}
