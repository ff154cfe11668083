package org.openprovince.calendar.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.OverrideKind;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/** A new entry of the yearly schedule; the calendar's rules are checked by the domain. */
record OverrideForm(@NotNull @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate date,
		@NotNull @Nullable OverrideKind kind, @NotBlank @Size(max = 200) @Nullable String reason,
		@Size(max = 200) @Nullable String legalBasis) {

	static OverrideForm empty() {
		return new OverrideForm(null, null, null, null);
	}
}
