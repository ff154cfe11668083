package org.openprovince.indicators;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes {@code indicator_dossier_766}: one upsert per event, guarded by the version, so a stale or
 * redelivered event changes nothing and two events of one dossier handled at once serialise on the row
 * (PostgreSQL re-checks the {@code where} of {@code on conflict do update} against the committed row).
 */
@Repository
class Facts766 {

	private final JdbcClient jdbc;

	Facts766(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Records the dossier at {@code fact.version()}; {@code false} when a same or newer version is there already. */
	@Transactional
	boolean record(DossierFact fact) {
		return jdbc.sql("""
				insert into indicator_dossier_766 as f (dossier_id, version, code, procedure_id, procedure_code,
				       procedure_name, receiving_agency, competent_agency, channel, status, received_at, appointment_at,
				       due_at, ended_at, with_result, supplement_requests, supplement_paused, supplement_open_since,
				       fee_required, paid_online, components, digitised_components, electronic_result, unsatisfied)
				values (:id, :version, :code, :procedure, :procedureCode, :procedureName, :receiving, :competent, :channel,
				       :status, :receivedAt, :appointmentAt, :dueAt, :endedAt, :withResult, :requests,
				       make_interval(secs => :pausedSeconds), :openSince, :fee, :paidOnline, :components, :digitised,
				       :electronicResult, :unsatisfied)
				on conflict (dossier_id) do update
				   set version = excluded.version, code = excluded.code, procedure_id = excluded.procedure_id,
				       procedure_code = excluded.procedure_code, procedure_name = excluded.procedure_name,
				       receiving_agency = excluded.receiving_agency, competent_agency = excluded.competent_agency,
				       channel = excluded.channel, status = excluded.status, received_at = excluded.received_at,
				       appointment_at = excluded.appointment_at, due_at = excluded.due_at,
				       -- A stop, refusal or withdrawal ends processing when it first happens, not at a later change.
				       ended_at = case when :endedByStatus then coalesce(f.ended_at, excluded.ended_at) else excluded.ended_at end,
				       with_result = excluded.with_result, supplement_requests = excluded.supplement_requests,
				       supplement_paused = excluded.supplement_paused, supplement_open_since = excluded.supplement_open_since,
				       fee_required = excluded.fee_required, paid_online = excluded.paid_online,
				       components = excluded.components, digitised_components = excluded.digitised_components,
				       electronic_result = excluded.electronic_result, unsatisfied = excluded.unsatisfied
				 where f.version is null or f.version < excluded.version""")
			.param("id", fact.dossierId())
			.param("version", fact.version())
			.param("code", fact.code())
			.param("procedure", fact.procedureId())
			.param("procedureCode", fact.procedureCode())
			.param("procedureName", fact.procedureName())
			.param("receiving", fact.receivingAgency())
			.param("competent", fact.competentAgency())
			.param("channel", fact.channel())
			.param("status", fact.status())
			.param("receivedAt", utc(fact.receivedAt()))
			.param("appointmentAt", utc(fact.appointmentAt()))
			.param("dueAt", utc(fact.dueAt()))
			.param("endedAt", utc(fact.endedAt()))
			.param("endedByStatus", fact.endedByStatus())
			.param("withResult", fact.withResult())
			.param("requests", fact.supplementRequests())
			.param("pausedSeconds", fact.supplementPaused().toMillis() / 1000.0)
			.param("openSince", utc(fact.supplementOpenSince()))
			.param("fee", fact.feeRequired())
			.param("paidOnline", fact.paidOnline())
			.param("components", fact.components())
			.param("digitised", fact.digitisedComponents())
			.param("electronicResult", fact.electronicResult())
			.param("unsatisfied", fact.unsatisfied())
			.update() > 0;
	}

	/** Records that the national portal acknowledged the dossier at {@code version}; older acknowledgements change nothing. */
	@Transactional
	boolean recordSynced(UUID dossierId, long version, Instant at) {
		return jdbc.sql("""
				insert into indicator_dossier_766 as f (dossier_id, synced_version, synced_at)
				values (:id, :version, :at)
				on conflict (dossier_id) do update
				   set synced_version = excluded.synced_version, synced_at = excluded.synced_at
				 where f.synced_version is null or f.synced_version < excluded.synced_version""")
			.param("id", dossierId)
			.param("version", version)
			.param("at", utc(at))
			.update() > 0;
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
