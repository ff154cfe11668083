package org.openprovince.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.platform.Labelled;

/**
 * A dossier as its applicant sees it on the portal (hồ sơ của tôi): status and dates, what is asked of
 * them, the e-form they declared, the documents they may download and the actions open to them.
 *
 * @param version the version to send back with an action (optimistic locking)
 * @param pendingItems what the desk asked to supplement, listed at once (spec §3.3 T5/T8)
 * @param due what the applicant has to pay now, or {@code null}
 * @param feeTotal the fee or charge of the dossier (paid at the counter, or due online), or {@code null}
 */
public record CitizenDossierView(DossierId id, long version, DossierCode code, ProcedureId procedureId,
		String procedureName, DvcqgStatus status, DossierState state, String receivingAgencyName,
		String competentAgencyName, String applicantName, @Nullable String ownerName, Instant submittedAt,
		@Nullable Instant receivedAt, @Nullable Instant dueAt, @Nullable Instant finishedAt,
		@Nullable Instant returnedAt, List<String> pendingItems, @Nullable String pendingReason, @Nullable Due due,
		@Nullable Long feeTotal, @Nullable Instant feePaidAt, @Nullable String feeReceipt, @Nullable Rating rating,
		List<FormEntry> form, List<Document> documents, List<DossierTracking.Event> timeline,
		Set<CitizenAction> actions) {

	/**
	 * An amount due (spec §8.2).
	 *
	 * @param obligation a financial obligation set during processing (T10) rather than the fee at submission
	 */
	public record Due(boolean obligation, long amount, @Nullable String description) {
	}

	/**
	 * A document the applicant may download: an issued form, the electronic result, or their own upload.
	 *
	 * @param name the file's name
	 * @param titleKey for an issued form, the message key of its title; {@code null} for a file
	 */
	public record Document(UUID id, DocumentKind kind, String name, @Nullable String titleKey, Instant at) {
	}

	/** What a downloadable document is. */
	public enum DocumentKind implements Labelled {
		/** A form issued to the applicant (Mẫu 01–05, Circular 03/2025). */
		FORM,
		/** The electronic result (kết quả giải quyết điện tử). */
		RESULT,
		/** A component the applicant submitted. */
		COMPONENT,
		/** A file sent to supplement the dossier. */
		SUPPLEMENT;

		@Override
		public String messageKey() {
			return "dossier.documentKind." + name();
		}
	}

	/** What the applicant may do now. */
	public enum CitizenAction {
		/** Send what the desk asked for (T5/T9). */
		SUPPLEMENT,
		/** Withdraw the dossier (T12). */
		WITHDRAW,
		/** Rate the service once the result is out (T18). */
		RATE,
		/** Pay the fee or the financial obligation (spec §8.2). */
		PAY
	}

	/** Whether the applicant may take {@code action} now. */
	public boolean may(CitizenAction action) {
		return actions.contains(action);
	}
}
