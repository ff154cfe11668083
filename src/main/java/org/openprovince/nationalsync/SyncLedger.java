package org.openprovince.nationalsync;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierSnapshot;
import org.openprovince.platform.VietnamTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sync state of each dossier ({@code nsync_dossier}): recorded from the dossier events, claimed by
 * the worker, marked with the portal's answer. Plain SQL on indexed columns.
 */
@Repository
class SyncLedger {

	private static final Logger log = LoggerFactory.getLogger(SyncLedger.class);

	/** A row as the worker needs it. */
	record Row(DossierId id, @Nullable String code, long wantedVersion, long syncedVersion, int progressSyncedSeq,
			SyncState state, int attempts) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	SyncLedger(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records that the dossier changed to this version. A version not newer than one already seen (a
	 * redelivered or late event) changes nothing.
	 *
	 * @return whether the dossier now waits to be sent
	 */
	@Transactional
	boolean record(DossierSnapshot dossier) {
		Instant now = clock.instant();
		DossierCode code = dossier.code();
		// Spec §9.3: only dossiers with NgayTiepNhan are sent.
		boolean applicable = code != null && dossier.receivedAt() != null;
		LocalDate day = dossier.receivedAt() == null ? null : LocalDate.ofInstant(dossier.receivedAt(), VietnamTime.ZONE);
		String unit = code == null ? null : code.agencyCode().value();
		jdbc.sql("""
				insert into nsync_dossier (dossier_id, receiving_agency_id, wanted_version, state)
				values (:id, :agency, 0, 'NOT_APPLICABLE') on conflict (dossier_id) do nothing""")
			.param("id", dossier.id().value())
			.param("agency", dossier.receivingAgency().value())
			.update();
		Row row = lock(dossier.id()).orElseThrow();
		if (dossier.version() <= row.wantedVersion()) {
			log.debug("Dossier {} version {} already seen (wanted {})", dossier.id(), dossier.version(), row.wantedVersion());
			return false;
		}
		SyncState state;
		if (!applicable) {
			state = SyncState.NOT_APPLICABLE;
		}
		else if (row.syncedVersion() >= dossier.version()) {
			// The worker already sent a version at least as new (it reads the newest state).
			state = row.state();
		}
		else if (row.state() == SyncState.FAILING) {
			// Keep the growing delay: the portal was failing a moment ago.
			state = SyncState.FAILING;
		}
		else {
			state = SyncState.PENDING;
		}
		boolean restart = state == SyncState.PENDING && row.state() != SyncState.PENDING;
		jdbc.sql("""
				update nsync_dossier
				   set code = cast(:code as text), unit_code = cast(:unit as text), received_day = cast(:day as date), receiving_agency_id = :agency,
				       wanted_version = :version, state = :state,
				       attempts = case when :restart then 0 else attempts end,
				       next_attempt_at = case when :restart then :now else next_attempt_at end,
				       behind_since = case when :state in ('PENDING', 'FAILING', 'INVALID') then coalesce(behind_since, :changedAt)
				                           else null end
				 where dossier_id = :id""")
			.param("code", code == null ? null : code.value())
			.param("unit", unit)
			.param("day", day)
			.param("agency", dossier.receivingAgency().value())
			.param("version", dossier.version())
			.param("state", state.name())
			.param("restart", restart)
			.param("now", utc(now))
			.param("changedAt", utc(dossier.changedAt()))
			.param("id", dossier.id().value())
			.update();
		return state == SyncState.PENDING;
	}

	/**
	 * Locks up to {@code limit} dossiers due to be sent, oldest due first, skipping those another node or
	 * thread holds. The locks last until the caller's transaction ends.
	 */
	@Transactional
	List<Row> claimDue(int limit) {
		return jdbc.sql("""
				select dossier_id, code, wanted_version, synced_version, progress_synced_seq, state, attempts
				  from nsync_dossier
				 where state in ('PENDING', 'FAILING') and next_attempt_at <= :now
				 order by next_attempt_at
				 limit :limit
				   for update skip locked""")
			.param("now", utc(clock.instant()))
			.param("limit", limit)
			.query(SyncLedger::row)
			.list();
	}

	Optional<Row> lock(DossierId id) {
		return jdbc.sql("""
				select dossier_id, code, wanted_version, synced_version, progress_synced_seq, state, attempts
				  from nsync_dossier where dossier_id = ? for update""")
			.param(id.value())
			.query(SyncLedger::row)
			.optional();
	}

	/**
	 * Records an attempt's outcome for a claimed dossier.
	 *
	 * @param ackedVersion the version the portal acknowledged in this attempt, or {@code null}
	 * @param ackedSeq the last progress row the portal acknowledged, or {@code null}
	 * @param outcome SYNCED when everything sent was acknowledged (becomes PENDING again if a newer version
	 * was recorded meanwhile), FAILING or INVALID otherwise
	 * @param nextAttempt when FAILING
	 */
	void mark(DossierId id, @Nullable Long ackedVersion, @Nullable Integer ackedSeq, SyncState outcome, int attempts,
			@Nullable Instant nextAttempt, @Nullable String error, Instant now) {
		jdbc.sql("""
				update nsync_dossier
				   set synced_version = greatest(synced_version, coalesce(cast(:acked as bigint), synced_version)),
				       synced_at = case when cast(:acked as bigint) is null then synced_at else :now end,
				       progress_synced_seq = greatest(progress_synced_seq, coalesce(cast(:seq as int), progress_synced_seq)),
				       state = case when :outcome = 'SYNCED'
				                     and wanted_version > greatest(synced_version, coalesce(cast(:acked as bigint), synced_version))
				                    then 'PENDING' else :outcome end,
				       attempts = :attempts,
				       next_attempt_at = case when :outcome = 'SYNCED' then :now else cast(:next as timestamptz) end,
				       last_error = cast(:error as text),
				       last_attempt_at = :now,
				       behind_since = case when :outcome = 'SYNCED'
				                            and wanted_version <= greatest(synced_version, coalesce(cast(:acked as bigint), synced_version))
				                           then null else coalesce(behind_since, :now) end
				 where dossier_id = :id""")
			.param("acked", ackedVersion)
			.param("seq", ackedSeq)
			.param("outcome", outcome.name())
			.param("attempts", attempts)
			.param("next", nextAttempt == null ? null : utc(nextAttempt))
			.param("error", error == null ? null : abbreviate(error))
			.param("now", utc(now))
			.param("id", id.value())
			.update();
	}

	/** The dossier is no longer one to send (no reception found when sending). */
	void markNotApplicable(DossierId id) {
		jdbc.sql("update nsync_dossier set state = 'NOT_APPLICABLE', behind_since = null where dossier_id = ?")
			.param(id.value())
			.update();
	}

	/**
	 * An administrator's "sync again": a failing or invalid dossier becomes due now.
	 *
	 * @return whether it was behind
	 */
	@Transactional
	boolean retry(DossierId id) {
		return jdbc.sql("""
				update nsync_dossier set state = 'PENDING', attempts = 0, next_attempt_at = :now
				 where dossier_id = :id and state in ('PENDING', 'FAILING', 'INVALID')""")
			.param("now", utc(clock.instant()))
			.param("id", id.value())
			.update() > 0;
	}

	/** "Sync again all failed": every failing or invalid dossier becomes due now. @return how many */
	@Transactional
	int retryAllFailed() {
		return jdbc.sql("""
				update nsync_dossier set state = 'PENDING', attempts = 0, next_attempt_at = :now
				 where state in ('FAILING', 'INVALID')""")
			.param("now", utc(clock.instant()))
			.update();
	}

	Optional<Row> find(DossierId id) {
		return jdbc.sql("""
				select dossier_id, code, wanted_version, synced_version, progress_synced_seq, state, attempts
				  from nsync_dossier where dossier_id = ?""")
			.param(id.value())
			.query(SyncLedger::row)
			.optional();
	}

	private static Row row(ResultSet rs, int n) throws SQLException {
		return new Row(new DossierId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getLong(3), rs.getLong(4),
				rs.getInt(5), SyncState.valueOf(rs.getString(6)), rs.getInt(7));
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private static String abbreviate(String text) {
		return text.length() <= 2_000 ? text : text.substring(0, 2_000);
	}
}
