package org.openprovince.dossier.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.Rating;
import org.openprovince.dossier.ReturnMethod;
import org.openprovince.dossier.internal.ResultDocument;
import org.openprovince.platform.VietnamTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What the small forms of the dossier page post; each action reads the fields it needs, and the rules
 * stay in the aggregate. Kept in the flash scope (hence serialisable) to refill the form after a refusal.
 *
 * @param version the dossier's version the officer saw, so a change by someone else in between is refused
 * @param items what to supplement, one per line
 * @param newDue the new appointment date-time (Vietnam time) of an apology
 */
record ActionForm(@Nullable Long version, @Nullable String note, @Nullable String reason, @Nullable UUID assignee,
		@Nullable String items, @Nullable String resultNumber, @Nullable String resultSigner,
		@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate resultDate, @Nullable String resultSummary,
		@Nullable Long amount, @Nullable String description,
		@DateTimeFormat(iso = ISO.DATE_TIME) @Nullable LocalDateTime newDue, @Nullable ReturnMethod method,
		@Nullable String receiver, @Nullable Rating rating) implements Serializable {

	List<String> itemList() {
		return items == null ? List.of() : Arrays.stream(items.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The result document when any of its fields is filled in; its constructor says what is missing. */
	@Nullable ResultDocument result() {
		if (resultNumber == null && resultSigner == null && resultDate == null && resultSummary == null) {
			return null;
		}
		return new ResultDocument(resultNumber, resultSigner, resultDate, resultSummary, null);
	}

	@Nullable Instant newDueInstant() {
		return newDue == null ? null : newDue.atZone(VietnamTime.ZONE).toInstant();
	}
}
