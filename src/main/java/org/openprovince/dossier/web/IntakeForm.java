package org.openprovince.dossier.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.Fee;
import org.openprovince.catalog.RequiredDocument;

/**
 * The counter intake form (tiếp nhận hồ sơ tại quầy): agencies, the applicant and, when they submit on
 * someone's behalf (nộp thay), the owner; the components ticked as received, in the order of the
 * procedure version's list (names come from the version, never from the browser); sets and fees. The
 * scans travel as files named {@code scan-<index>}.
 */
record IntakeForm(@Nullable String procedure, @Nullable UUID receivingAgency, @Nullable UUID competentAgency,
		@Nullable Channel channel, @Nullable String fullName, @Nullable String idNumber, @Nullable String phone,
		@Nullable String email, @Nullable String address, @Nullable Boolean onBehalf, @Nullable String ownerName,
		@Nullable String ownerIdNumber, @Nullable String ownerAddress, @Nullable String summary,
		@Nullable List<ComponentLine> components, @Nullable Integer sets, @Nullable Long feeCollected,
		@Nullable String feeNote) {

	/** One component of the version's list: whether it was received, and how many originals and copies. */
	record ComponentLine(@Nullable Boolean received, @Nullable Integer originals, @Nullable Integer copies) {

		boolean ticked() {
			return Boolean.TRUE.equals(received);
		}
	}

	/**
	 * What the counter already knows of an applicant looked up by identity number: their latest dossier,
	 * else their citizen account. Not validated: the officer checks and corrects it.
	 *
	 * @param source key of the message that says where it came from
	 */
	record Prefill(String fullName, String idNumber, @Nullable String phone, @Nullable String email,
			@Nullable String address, String source) {
	}

	/** Where a broken applicant rule shows, by message-key prefix. */
	static final Map<String, String> APPLICANT = fields("fullName", "idNumber", "phone", "email");

	/** Where a broken rule about the owner shows. */
	static final Map<String, String> OWNER = fields("ownerName", "ownerIdNumber", null, null);

	/** Where the service's refusals show. */
	static final Map<String, String> INTAKE = new LinkedHashMap<>();
	static {
		INTAKE.put("dossier.error.sets", "sets");
		INTAKE.put("dossier.error.component", "components");
		INTAKE.put("dossier.error.file", "components");
		INTAKE.put("dossier.error.payment.amount", "feeCollected");
		INTAKE.put("dossier.error.receiver", "receivingAgency");
		INTAKE.put("dossier.error.notPermitted", "receivingAgency");
		INTAKE.put("dossier.error.competent", "competentAgency");
		INTAKE.put("dossier.error.applicant", "fullName");
	}

	private static Map<String, String> fields(String name, String idNumber, @Nullable String phone,
			@Nullable String email) {
		var map = new LinkedHashMap<String, String>();
		map.put("dossier.error.applicant.name", name);
		map.put("dossier.error.applicant.idNumber", idNumber);
		if (phone != null) {
			map.put("dossier.error.applicant.phone", phone);
		}
		if (email != null) {
			map.put("dossier.error.applicant.email", email);
		}
		return map;
	}

	/** A blank form for a procedure version: one set, every component unticked, the fees as listed. */
	static IntakeForm blank(String procedure, @Nullable UUID receiving, @Nullable UUID competent,
			List<RequiredDocument> documents, List<Fee> fees, @Nullable Prefill applicant) {
		List<ComponentLine> lines = new ArrayList<>();
		for (RequiredDocument doc : documents) {
			lines.add(new ComponentLine(false, doc.originals(), doc.copies()));
		}
		return new IntakeForm(procedure, receiving, competent, Channel.DIRECT,
				applicant == null ? null : applicant.fullName(), applicant == null ? null : applicant.idNumber(),
				applicant == null ? null : applicant.phone(), applicant == null ? null : applicant.email(),
				applicant == null ? null : applicant.address(), false, null, null, null, null, lines, 1,
				counterFees(fees), null);
	}

	/** The fixed fees that apply at the counter, in đồng; {@code null} when none is fixed. */
	static @Nullable Long counterFees(List<Fee> fees) {
		Long total = null;
		for (Fee fee : fees) {
			if (fee.amount() != null && (fee.channel() == null || fee.channel() != Channel.ONLINE)) {
				total = (total == null ? 0 : total) + fee.amount();
			}
		}
		return total;
	}

	/** The line of the version's {@code index}-th component, blank when the browser sent none. */
	public ComponentLine line(int index) {
		List<ComponentLine> lines = lines();
		ComponentLine line = index < lines.size() ? lines.get(index) : null;
		return line != null ? line : new ComponentLine(false, null, null);
	}

	List<ComponentLine> lines() {
		return components == null ? List.of() : components;
	}

	boolean behalf() {
		return Boolean.TRUE.equals(onBehalf);
	}
}
