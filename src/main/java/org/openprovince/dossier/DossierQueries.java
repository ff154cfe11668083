package org.openprovince.dossier;

import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier module's query facade for other modules (portal tracking, indicators, national sync):
 * read-only views by code. Commands stay inside the module.
 */
@Service
public class DossierQueries {

	private final JdbcClient jdbc;

	DossierQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
