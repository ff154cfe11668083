package org.openprovince.organization.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * Records a merge by official codes: the merged units (comma- or space-separated), the successor
 * and the date the successor takes over (the merged units end the day before).
 */
record MergeForm(
		@NotBlank(message = "{organization.validation.required}") @Size(max = 500,
				message = "{organization.validation.size}") @Nullable String mergedCodes,
		@NotBlank(message = "{organization.validation.required}") @Size(max = 5,
				message = "{organization.validation.size}") @Nullable String successorCode,
		@NotNull(message = "{organization.validation.required}") @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate effectiveDate) {

	static MergeForm empty() {
		return new MergeForm(null, null, null);
	}

	List<String> mergedCodeList() {
		return mergedCodes == null ? List.of()
				: Arrays.stream(mergedCodes.split("[,;\\s]+")).filter(code -> !code.isBlank()).distinct().toList();
	}
}
