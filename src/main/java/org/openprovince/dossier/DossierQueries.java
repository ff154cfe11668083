package org.openprovince.dossier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.internal.Applicant;
import org.openprovince.dossier.internal.ComponentRow;
import org.openprovince.dossier.internal.Dossier;
import org.openprovince.dossier.internal.DossierDocuments;
import org.openprovince.dossier.internal.DossierWorkflow;
import org.openprovince.dossier.internal.HistoryEntry;
import org.openprovince.dossier.internal.Pause;
import org.openprovince.dossier.internal.ResultDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier module's query facade for other modules (portal tracking, indicators, national sync):
 * read-only views by code, and the whole record by id. Commands stay inside the module.
 */
@Service
public class DossierQueries {

	private final JdbcClient jdbc;

	private final DossierWorkflow workflow;

	private final DossierDocuments documents;

	DossierQueries(JdbcClient jdbc, DossierWorkflow workflow, DossierDocuments documents) {
		this.jdbc = jdbc;
		this.workflow = workflow;
		this.documents = documents;
	}

	/**
	 * The whole dossier as it stands, for a system that must receive all of it (the national portal,
	 * spec §9.2), or empty when there is none with this id. One consistent read.
	 */
	@Transactional(readOnly = true)
	public Optional<DossierRecord> record(DossierId id) {
		return workflow.find(id).map(this::record);
	}

	private DossierRecord record(Dossier d) {
		Map<UUID, String> fileNames = new HashMap<>();
		documents.files(d.id()).forEach(f -> fileNames.put(f.id(), f.fileName()));
		List<ComponentRow> rows = documents.components(d.id());
		List<DossierRecord.Component> components = rows.stream()
			.map(c -> new DossierRecord.Component(c.index(), c.name(), c.originals(), c.copies(), c.fileId(),
					c.fileId() == null ? null : fileNames.get(c.fileId())))
			.toList();
		List<HistoryEntry> history = workflow.history(d.id());
		List<DossierRecord.Supplement> supplements = new ArrayList<>();
		for (Pause p : d.pauses()) {
			if (p.kind() == Pause.Kind.SUPPLEMENT) {
				HistoryEntry request = history.stream()
					.filter(h -> h.action() == DossierAction.ISSUE_SUPPLEMENT_REQUEST && h.at().equals(p.from()))
					.findFirst()
					.orElse(null);
				supplements.add(new DossierRecord.Supplement(supplements.size() + 1, p.from(), p.to(),
						request == null ? null : request.actorName(), request == null ? null : request.note(), null, null));
			}
		}
		ResultDocument r = d.result();
		DossierRecord.Result result = r == null ? null
				: new DossierRecord.Result(r.number(), r.signer(), r.date(), r.summary(), r.fileId(),
						r.fileId() == null ? null : fileNames.get(r.fileId()));
		int digitised = (int) rows.stream().filter(c -> c.fileId() != null).count();
		return new DossierRecord(d.snapshot(rows.size(), digitised), d.receivingAgencyCode().value(),
				d.receivingAgencyName(), d.competentAgencyName(), d.ownerKind(), party(d.applicant()),
				d.owner() == null ? null : party(d.owner()), d.summary(), d.formData(), d.feeTotal(), d.feeNote(),
				d.paymentAmount(), d.feePaidAt(), d.feeReceipt(), components, supplements, result, d.returnMethod(),
				d.returnReceiver(),
				history.stream()
					.map(h -> new DossierRecord.Step(h.seq(), h.action(), h.from(), h.to(), h.stepName(), h.agencyName(),
							h.actorName(), h.at(), h.stepDueAt(), h.note()))
					.toList());
	}

	private static DossierRecord.Party party(Applicant a) {
		return new DossierRecord.Party(a.fullName(), a.idNumber(), a.phone(), a.email(), a.address());
	}

	/**
	 * The public view of the dossier with this code, for someone who also knows the last four digits
	 * of the applicant's (or owner's) identity number or phone number: the code alone, printed on paper
	 * and in QR codes, reveals nothing. A wrong second factor and an unknown code look the same.
	 *
	 * @param lastDigits four digits; anything else finds nothing
	 */
	@Transactional(readOnly = true)
	public Optional<DossierTracking> track(DossierCode code, @Nullable String lastDigits) {
		String digits = lastDigits == null ? "" : lastDigits.strip();
		if (!digits.matches("[0-9]{4}")) {
			return Optional.empty();
		}
		return find(code, digits);
	}

	/** The public view of the dossier with this code, if it exists (for staff and other modules). */
	@Transactional(readOnly = true)
	public Optional<DossierTracking> track(DossierCode code) {
		return find(code, null);
	}

	/** With {@code digits}, only when they end the applicant's ID or phone number or the owner's ID. */
	private Optional<DossierTracking> find(DossierCode code, @Nullable String digits) {
		return jdbc.sql("""
				select id, procedure_name, status, receiving_agency_name, received_at, due_at, finished_at, returned_at
				  from dossier
				 where code = :code
				   and (cast(:digits as text) is null or :digits in (right(applicant_id_number, 4),
				        right(regexp_replace(applicant_phone, '[^0-9]', '', 'g'), 4),
				        right(regexp_replace(owner_id_number, '[^0-9]', '', 'g'), 4)))""")
			.param("code", code.value())
			.param("digits", digits)
			.query((rs, n) -> {
				UUID id = rs.getObject(1, UUID.class);
				var events = jdbc.sql("""
						select at, to_status, action, agency_name from dossier_history
						 where dossier_id = ? and action not in ('REASSIGN', 'RATE') order by seq""")
					.param(id)
					.query((r, i) -> new DossierTracking.Event(r.getTimestamp(1).toInstant(),
							DvcqgStatus.ofCode(r.getInt(2)), DossierAction.valueOf(r.getString(3)), r.getString(4)))
					.list();
				return new DossierTracking(new DossierId(id), code, rs.getString(2), DvcqgStatus.ofCode(rs.getInt(3)),
						rs.getString(4), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)),
						instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), events);
			})
			.optional();
	}

	private static java.time.@org.jspecify.annotations.Nullable Instant instant(java.sql.@org.jspecify.annotations.Nullable Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
