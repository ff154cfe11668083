package org.openprovince.dossier.internal;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierException;

/**
 * The result document (kết quả giải quyết, spec §3.3 T14): number and symbol, signer, signing date,
 * summary and the signed file.
 *
 * @param fileId the uploaded file, or {@code null} when the paper result is scanned later
 */
public record ResultDocument(String number, String signer, LocalDate date, @Nullable String summary,
		@Nullable UUID fileId) {

	public ResultDocument {
		number = Texts.required(number, "dossier.error.result.number", 100);
		signer = Texts.required(signer, "dossier.error.result.signer", 200);
		if (date == null) {
			throw new DossierException("dossier.error.result.date");
		}
		summary = Texts.optional(summary, 2_000);
	}
}
