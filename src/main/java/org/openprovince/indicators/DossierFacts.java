package org.openprovince.indicators;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierFinished;
import org.openprovince.dossier.DossierReceived;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The fact row of each received dossier and the monthly figures derived from it. Each event first
 * changes the fact, and only if it actually changed (the first delivery) adds to the figures, in the
 * same transaction: a redelivered event counts once, and two events of one dossier handled at the same
 * moment serialise on the fact row (PostgreSQL's {@code insert … on conflict do update … where} waits for
 * the other transaction and re-checks its condition on the row that committed).
 *
 * <p>The dossier counts for its competent agency; "finished" needs that agency, which only the reception
 * event carries, so a finished dossier whose reception was not seen yet is counted when it is.
 */
@Repository
class DossierFacts {

	private final JdbcClient jdbc;

	DossierFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records a reception; {@code false} when it was recorded before (nothing counted again). */
	@Transactional
	boolean recordReceived(DossierReceived event) {
		YearMonth month = ReportingMonth.of(event.receivedAt());
		var changed = jdbc.sql("""
				insert into indicator_dossier_fact as f (dossier_id, procedure_id, procedure_code, receiving_agency,
				       competent_agency, channel, received_at, received_month, due_at)
				values (:dossier, :procedure, :procedureCode, :receiving, :competent, :channel, :receivedAt, :month, :dueAt)
				on conflict (dossier_id) do update
				   set procedure_id = excluded.procedure_id, procedure_code = excluded.procedure_code,
				       receiving_agency = excluded.receiving_agency, competent_agency = excluded.competent_agency,
				       channel = excluded.channel, received_at = excluded.received_at,
				       received_month = excluded.received_month, due_at = coalesce(f.due_at, excluded.due_at)
				 where f.received_month is null
				returning finished_month, finished_on_time""")
			.param("dossier", event.dossierId().value())
			.param("procedure", event.procedureId().value())
			.param("procedureCode", event.procedureCode())
			.param("receiving", event.receivingAgency().value())
			.param("competent", event.competentAgency().value())
			.param("channel", event.channel().code())
			.param("receivedAt", utc(event.receivedAt()))
			.param("month", ReportingMonth.firstDay(month))
			.param("dueAt", utc(event.dueAt()))
			.query((rs, row) -> new Finished(rs.getObject("finished_month", LocalDate.class),
					rs.getObject("finished_on_time", Boolean.class)))
			.optional();
		if (changed.isEmpty()) {
			return false;
		}
		UUID agency = event.competentAgency().value();
		Map<LocalDate, DossierCounts> increments = new TreeMap<>();
		increments.put(ReportingMonth.firstDay(month), DossierCounts.receivedThrough(event.channel()));
		Finished finished = changed.get();
		if (finished.month() != null && finished.onTime() != null) {
			increments.merge(finished.month(), DossierCounts.finished(finished.onTime()), DossierCounts::plus);
		}
		// In month order, so two transactions adding to the same two rows never wait for each other crosswise.
		increments.forEach((first, counts) -> add(agency, first, counts));
		return true;
	}

	/** Records the end of processing; {@code false} when it was recorded before (nothing counted again). */
	@Transactional
	boolean recordFinished(DossierFinished event) {
		LocalDate month = ReportingMonth.firstDay(ReportingMonth.of(event.finishedAt()));
		var changed = jdbc.sql("""
				insert into indicator_dossier_fact as f (dossier_id, due_at, finished_at, finished_month, final_status,
				       refused, finished_on_time)
				values (:dossier, :dueAt, :finishedAt, :month, :status, :refused, :onTime)
				on conflict (dossier_id) do update
				   set due_at = coalesce(excluded.due_at, f.due_at), finished_at = excluded.finished_at,
				       finished_month = excluded.finished_month, final_status = excluded.final_status,
				       refused = excluded.refused, finished_on_time = excluded.finished_on_time
				 where f.finished_month is null
				returning competent_agency""")
			.param("dossier", event.dossierId().value())
			.param("dueAt", utc(event.dueAt()))
			.param("finishedAt", utc(event.finishedAt()))
			.param("month", month)
			.param("status", event.status().code())
			.param("refused", event.refused())
			.param("onTime", event.onTime())
			.query((rs, row) -> new Competent(rs.getObject("competent_agency", UUID.class)))
			.optional();
		if (changed.isEmpty()) {
			return false;
		}
		UUID agency = changed.get().agency();
		if (agency != null) {
			add(agency, month, DossierCounts.finished(event.onTime()));
		}
		return true;
	}

	private void add(UUID agency, LocalDate month, DossierCounts counts) {
		jdbc.sql("""
				insert into indicator_agency_month as m (agency_id, month, received, received_online, received_direct,
				       received_postal, finished, finished_on_time)
				values (:agency, :month, :received, :online, :direct, :postal, :finished, :onTime)
				on conflict (agency_id, month) do update
				   set received = m.received + excluded.received,
				       received_online = m.received_online + excluded.received_online,
				       received_direct = m.received_direct + excluded.received_direct,
				       received_postal = m.received_postal + excluded.received_postal,
				       finished = m.finished + excluded.finished,
				       finished_on_time = m.finished_on_time + excluded.finished_on_time""")
			.param("agency", agency)
			.param("month", month)
			.param("received", counts.received())
			.param("online", counts.receivedOnline())
			.param("direct", counts.receivedDirect())
			.param("postal", counts.receivedPostal())
			.param("finished", counts.finished())
			.param("onTime", counts.finishedOnTime())
			.update();
	}

	private record Finished(@Nullable LocalDate month, @Nullable Boolean onTime) {
	}

	private record Competent(@Nullable UUID agency) {
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
