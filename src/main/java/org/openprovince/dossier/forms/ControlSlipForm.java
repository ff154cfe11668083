package org.openprovince.dossier.forms;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Form 06, Phiếu kiểm soát quá trình giải quyết hồ sơ: travels with the dossier and records every
 * hand-over between agencies and officers, with each step's result against its deadline.
 *
 * @param handovers the hand-overs in order (at most 200)
 */
public record ControlSlipForm(FormHeader header, String dossierCode, String trackingUrl, FormParty applicant,
		String procedureName, LocalDateTime receivedAt, LocalDateTime dueAt, List<Handover> handovers) {

	public ControlSlipForm {
		Objects.requireNonNull(header, "header");
		Objects.requireNonNull(dossierCode, "dossierCode");
		Objects.requireNonNull(trackingUrl, "trackingUrl");
		Objects.requireNonNull(applicant, "applicant");
		Objects.requireNonNull(procedureName, "procedureName");
		Objects.requireNonNull(receivedAt, "receivedAt");
		Objects.requireNonNull(dueAt, "dueAt");
		handovers = Lists.copy(handovers, Lists.MAX_ITEMS, "hand-overs");
	}

	/**
	 * One hand-over: {@code giver} passes the dossier to {@code receiver} at {@code handedAt} for the step
	 * {@code stepName} of {@code agencyName}.
	 *
	 * @param dueAt the step's deadline, {@code null} when the step has none
	 * @param completedAt when the step ended, {@code null} while it runs
	 * @param outcome the step's result against its deadline, {@code null} while it runs
	 */
	public record Handover(String agencyName, String stepName, String giver, String receiver, LocalDateTime handedAt,
			@Nullable LocalDateTime dueAt, @Nullable LocalDateTime completedAt, @Nullable StepOutcome outcome,
			@Nullable String note) {

		public Handover {
			Objects.requireNonNull(agencyName, "agencyName");
			Objects.requireNonNull(stepName, "stepName");
			Objects.requireNonNull(giver, "giver");
			Objects.requireNonNull(receiver, "receiver");
			Objects.requireNonNull(handedAt, "handedAt");
		}
	}
}
