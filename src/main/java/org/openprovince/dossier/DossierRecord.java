package org.openprovince.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;

/**
 * The whole dossier as another system must receive it (the national portal's DongBoHoSoMC and
 * CapNhatTienDoHoSoMC, spec §9.2): the snapshot plus the parties, the declaration, fees, components,
 * supplements, the result and the history, read together in one transaction.
 *
 * @param owner the owner (chủ hồ sơ) when the applicant acts for someone else, else {@code null}
 * @param feeTotal the fee or charge collected at reception or due at online submission
 * @param paymentAmount the financial obligation requested during processing (T10)
 * @param history every transition in order (quá trình xử lý)
 */
public record DossierRecord(DossierSnapshot snapshot, String receivingAgencyCode, String receivingAgencyName,
		String competentAgencyName, OwnerKind ownerKind, Party applicant, @Nullable Party owner,
		@Nullable String summary, List<FormEntry> form, @Nullable Long feeTotal, @Nullable String feeNote,
		@Nullable Long paymentAmount, @Nullable Instant feePaidAt, @Nullable String feeReceipt,
		List<Component> components, List<Supplement> supplements, @Nullable Result result,
		@Nullable ReturnMethod returnMethod, @Nullable String returnReceiver, List<Step> history) {

	public DossierRecord {
		form = List.copyOf(form);
		components = List.copyOf(components);
		supplements = List.copyOf(supplements);
		history = List.copyOf(history);
	}

	/** A person or organisation named on the dossier. */
	public record Party(String name, @Nullable String idNumber, @Nullable String phone, @Nullable String email,
			@Nullable String address) {
	}

	/** A component received (thành phần hồ sơ), with its file when it was scanned or uploaded. */
	public record Component(int index, String name, int originals, int copies, @Nullable UUID fileId,
			@Nullable String fileName) {
	}

	/**
	 * A supplement request during processing (hồ sơ bổ sung, T8–T9): from the request to the applicant
	 * to its completion. The appointment dates before and after are not kept separately: {@code null}.
	 */
	public record Supplement(int seq, Instant requestedAt, @Nullable Instant completedAt, @Nullable String requestedBy,
			@Nullable String content, @Nullable Instant dueBefore, @Nullable Instant dueAfter) {
	}

	/** The result document (kết quả giải quyết) and its file. */
	public record Result(@Nullable String number, @Nullable String signer, @Nullable LocalDate date,
			@Nullable String summary, @Nullable UUID fileId, @Nullable String fileName) {
	}

	/** One row of the history: who did what, when, at which step. */
	public record Step(int seq, DossierAction action, @Nullable DvcqgStatus from, DvcqgStatus to, String stepName,
			String agencyName, String actorName, Instant at, @Nullable Instant stepDueAt, @Nullable String note) {
	}
}
