package org.openprovince.catalog;

import org.jspecify.annotations.Nullable;

/**
 * One step of the published sequence (trình tự thực hiện, Decree 63/2010 art. 8.2.b) as citizens read
 * it, e.g. "Bước 1: Nộp hồ sơ…"; not to be confused with a step of the internal process.
 *
 * @param caseName the case (trường hợp) the step belongs to when the sequence differs by case, or {@code null}
 */
public record ProcedureStep(@Nullable String caseName, String description) {

	public ProcedureStep {
		caseName = Texts.optional(caseName, Texts.SHORT);
		description = Texts.required(description, "catalog.error.step.description", Texts.LONG);
	}

	public static ProcedureStep of(String description) {
		return new ProcedureStep(null, description);
	}
}
