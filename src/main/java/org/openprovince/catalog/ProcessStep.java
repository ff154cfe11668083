package org.openprovince.catalog;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One step of an internal process (bước trong quy trình nội bộ): who does what, where, in how many
 * working hours, which DVCQG status the dossier takes (spec §3.1), and whether the step may send the
 * dossier back to the previous step (choPhepChuyenLaiBuocTruoc in the Thanh Hóa model, spec §2.3).
 *
 * @param positionCode the responsible position (chức vụ) by its code in the organisation directory,
 * e.g. {@code CHUYEN_VIEN}
 * @param departmentCode the department (phòng, ban) of the agency in {@code unit}, or {@code null}
 */
public record ProcessStep(String name, String positionCode, StepUnit unit, @Nullable String departmentCode,
		WorkingHours budget, DvcqgStatus status, boolean mayReturn) {

	private static final Pattern POSITION = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final Pattern DEPARTMENT = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{0,19}");

	/** @throws CatalogException when a part is malformed or the status is not one a step may set */
	public ProcessStep {
		name = Texts.required(name, "catalog.error.processStep.name", Texts.SHORT);
		positionCode = Texts.required(positionCode, "catalog.error.processStep.position", 40).toUpperCase(Locale.ROOT);
		if (!POSITION.matcher(positionCode).matches()) {
			throw new CatalogException("catalog.error.processStep.position.format", positionCode);
		}
		Objects.requireNonNull(unit, "unit");
		departmentCode = Texts.optional(departmentCode, 20);
		if (departmentCode != null) {
			departmentCode = departmentCode.toUpperCase(Locale.ROOT);
			if (!DEPARTMENT.matcher(departmentCode).matches()) {
				throw new CatalogException("catalog.error.processStep.department.format", departmentCode);
			}
		}
		Objects.requireNonNull(budget, "budget");
		Objects.requireNonNull(status, "status");
		if (!status.settableByStep()) {
			throw new CatalogException("catalog.error.processStep.status", name, status);
		}
	}
}
