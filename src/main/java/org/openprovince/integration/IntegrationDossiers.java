package org.openprovince.integration;

import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierFinished;
import org.openprovince.dossier.DossierReceived;
import org.openprovince.organization.AgencyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the API shows of a dossier beyond the dossier module's public tracking view — the procedure code,
 * the agencies, whether processing ended on time — kept from the dossier events, one row per dossier.
 * Each event is an idempotent upsert, so a redelivered or late event changes nothing it should not.
 */
@Component
class IntegrationDossiers {

	private final JdbcClient jdbc;

	IntegrationDossiers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(DossierReceived event) {
		jdbc.sql("""
				insert into integration_dossier (code, dossier_id, procedure_code, receiving_agency_id, competent_agency_id, channel)
				values (:code, :id, :procedure, :receiving, :competent, :channel)
				on conflict (code) do update set procedure_code = excluded.procedure_code,
				    receiving_agency_id = excluded.receiving_agency_id, competent_agency_id = excluded.competent_agency_id,
				    channel = excluded.channel""")
			.param("code", event.code().value())
			.param("id", event.dossierId().value())
			.param("procedure", event.procedureCode())
			.param("receiving", event.receivingAgency().value())
			.param("competent", event.competentAgency().value())
			.param("channel", event.channel().name())
			.update();
	}

	@ApplicationModuleListener
	void on(DossierFinished event) {
		// The latest end wins (a corrected dossier may end twice); an older, redelivered event does not.
		jdbc.sql("""
				insert into integration_dossier (code, dossier_id, finished_at, refused, on_time)
				values (:code, :id, :finishedAt, :refused, :onTime)
				on conflict (code) do update set finished_at = excluded.finished_at, refused = excluded.refused,
				    on_time = excluded.on_time
				 where integration_dossier.finished_at is null or integration_dossier.finished_at <= excluded.finished_at""")
			.param("code", event.code().value())
			.param("id", event.dossierId().value())
			.param("finishedAt", event.finishedAt().atOffset(ZoneOffset.UTC))
			.param("refused", event.refused())
			.param("onTime", event.onTime())
			.update();
	}

	@Transactional(readOnly = true)
	Optional<Facts> find(DossierCode code) {
		return jdbc.sql("""
				select procedure_code, receiving_agency_id, competent_agency_id, channel, refused, on_time
				  from integration_dossier where code = ?""")
			.param(code.value())
			.query((rs, n) -> new Facts(rs.getString(1), agency(rs.getObject(2, UUID.class)),
					agency(rs.getObject(3, UUID.class)), rs.getString(4), (Boolean) rs.getObject(5),
					(Boolean) rs.getObject(6)))
			.optional();
	}

	private static @Nullable AgencyId agency(@Nullable UUID id) {
		return id == null ? null : new AgencyId(id);
	}

	/** What the events told; each part {@code null} until its event arrived. */
	record Facts(@Nullable String procedureCode, @Nullable AgencyId receivingAgency, @Nullable AgencyId competentAgency,
			@Nullable String channel, @Nullable Boolean refused, @Nullable Boolean onTime) {
	}
}
