package org.openprovince.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A result the procedure gives (kết quả thực hiện, Decree 63/2010 art. 8.2.h), e.g. "Giấy khai sinh".
 *
 * @param code national result code (MAKETQUA), or {@code null}
 */
public record ProcedureResult(@Nullable String code, String name) {

	public ProcedureResult {
		code = Texts.optional(code, 50);
		name = Texts.required(name, "catalog.error.result.name", 2_000);
	}

	public static ProcedureResult of(String name) {
		return new ProcedureResult(null, name);
	}
}
