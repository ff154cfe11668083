package org.openprovince.sandboxportal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprovince.sandboxportal.SandboxPortal.Mode;
import org.openprovince.sandboxportal.SandboxPortal.State;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sandbox tables in plain SQL. Each write is one statement, atomic by itself, so concurrent calls
 * for the same dossier meet in PostgreSQL's upsert and never corrupt a row.
 */
@Repository
class SandboxStore {

	private static final String HOSO_COLUMNS = """
			ma_ho_so, unit, received_day, status, version, first_received_at, last_received_at, accepted_times,
			jsonb_pretty(payload) as payload""";

	private static final String PROGRESS_COLUMNS = """
			ma_ho_so, stt, status, handled_at, last_received_at, accepted_times, jsonb_pretty(payload) as payload""";

	private final JdbcClient jdbc;

	SandboxStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** What an upsert of a HoSo did. */
	enum Stored {
		CREATED, UPDATED, UNCHANGED, OLDER
	}

	/** The outcome of an upsert and the version the portal holds afterwards. */
	record Upsert(Stored stored, long heldVersion) {
	}

	/**
	 * Stores a HoSo unless the portal holds a newer version. A repeat of what is held only moves the
	 * counters (times accepted, last received).
	 */
	Upsert upsertHoSo(String code, String unit, LocalDate day, String status, long version, String payload,
			Instant now) {
		var row = jdbc.sql("""
				with old as (select payload from sandbox_hoso where ma_ho_so = :code)
				insert into sandbox_hoso as h (ma_ho_so, unit, received_day, status, version, first_received_at,
				  last_received_at, accepted_times, payload)
				values (:code, :unit, :day, :status, :version, :now, :now, 1, cast(:payload as jsonb))
				on conflict (ma_ho_so) do update set unit = excluded.unit, received_day = excluded.received_day,
				  status = excluded.status, version = excluded.version, last_received_at = excluded.last_received_at,
				  accepted_times = h.accepted_times + 1, payload = excluded.payload
				where h.version <= excluded.version
				returning (select o.payload is not null from old o) as existed,
				  (select o.payload = cast(:payload as jsonb) from old o) as same""")
			.param("code", code)
			.param("unit", unit)
			.param("day", day)
			.param("status", status)
			.param("version", version)
			.param("now", utc(now))
			.param("payload", payload)
			.query((rs, n) -> rs.getBoolean("existed") ? rs.getBoolean("same") ? Stored.UNCHANGED : Stored.UPDATED
					: Stored.CREATED)
			.optional();
		if (row.isPresent()) {
			return new Upsert(row.get(), version);
		}
		long held = jdbc.sql("select version from sandbox_hoso where ma_ho_so = ?")
			.param(code)
			.query(Long.class)
			.single();
		return new Upsert(Stored.OLDER, held);
	}

	/** Stores a progress row of a held dossier; {@code false} when the portal does not hold the dossier. */
	boolean upsertProgress(String code, int stt, String status, @Nullable String handledAt, String payload,
			Instant now) {
		return jdbc.sql("""
				insert into sandbox_progress as p (ma_ho_so, stt, status, handled_at, first_received_at,
				  last_received_at, accepted_times, payload)
				select :code, :stt, :status, :handledAt, :now, :now, 1, cast(:payload as jsonb)
				where exists (select 1 from sandbox_hoso where ma_ho_so = :code)
				on conflict (ma_ho_so, stt) do update set status = excluded.status, handled_at = excluded.handled_at,
				  last_received_at = excluded.last_received_at, accepted_times = p.accepted_times + 1,
				  payload = excluded.payload""")
			.param("code", code)
			.param("stt", stt)
			.param("status", status)
			.param("handledAt", handledAt)
			.param("now", utc(now))
			.param("payload", payload)
			.update() == 1;
	}

	Optional<HeldDossier> held(String code) {
		return jdbc.sql("select " + HOSO_COLUMNS + " from sandbox_hoso where ma_ho_so = ?")
			.param(code)
			.query(SandboxStore::heldDossier)
			.optional();
	}

	/** The stored HoSo as compact JSON, for TraCuuHoSo. */
	Optional<String> hoSoJson(String code) {
		return jdbc.sql("select payload::text from sandbox_hoso where ma_ho_so = ?")
			.param(code)
			.query(String.class)
			.optional();
	}

	/** A page of held dossiers, newest first: {@code limit} rows older than {@code before} (a seq). */
	List<Listed> heldPage(@Nullable Long before, int limit) {
		return jdbc.sql("""
				select seq, ma_ho_so, unit, received_day, status, version, last_received_at, accepted_times
				from sandbox_hoso where seq < :before order by seq desc limit :limit""")
			.param("before", before == null ? Long.MAX_VALUE : before)
			.param("limit", limit)
			.query((rs, n) -> new Listed(rs.getLong("seq"), rs.getString("ma_ho_so"), rs.getString("unit"),
					rs.getObject("received_day", LocalDate.class), rs.getString("status"), rs.getLong("version"),
					instant(rs, "last_received_at"), rs.getInt("accepted_times")))
			.list();
	}

	/** A line of the held-dossier list. */
	record Listed(long seq, String maHoSo, String unit, LocalDate receivedDay, String status, long version,
			Instant lastReceivedAt, int acceptedTimes) {
	}

	List<ProgressRow> progress(String code) {
		return jdbc.sql("select " + PROGRESS_COLUMNS + " from sandbox_progress where ma_ho_so = ? order by stt")
			.param(code)
			.query((rs, n) -> new ProgressRow(rs.getString("ma_ho_so"), rs.getInt("stt"), rs.getString("status"),
					rs.getString("handled_at"), instant(rs, "last_received_at"), rs.getInt("accepted_times"),
					rs.getString("payload")))
			.list();
	}

	long heldCount() {
		return jdbc.sql("select count(*) from sandbox_hoso").query(Long.class).single();
	}

	long progressCount() {
		return jdbc.sql("select count(*) from sandbox_progress").query(Long.class).single();
	}

	/** Dossiers held per day of NgayTiepNhan and unit (ThongKeDongBo). */
	List<DayCount> countByDayAndUnit(LocalDate from, LocalDate to) {
		return jdbc.sql("""
				select received_day, unit, count(*) as n from sandbox_hoso
				where received_day between ? and ? group by received_day, unit order by received_day, unit""")
			.params(from, to)
			.query((rs, n) -> new DayCount(rs.getObject("received_day", LocalDate.class), rs.getString("unit"),
					rs.getLong("n")))
			.list();
	}

	record DayCount(LocalDate day, String unit, long count) {
	}

	// --- sessions

	void openSession(String token, String unit, Instant now, Instant expiresAt) {
		jdbc.sql("delete from sandbox_session where expires_at < ?").param(utc(now.minus(Duration.ofDays(1)))).update();
		jdbc.sql("insert into sandbox_session (token, unit, issued_at, expires_at) values (?, ?, ?, ?)")
			.params(token, unit, utc(now), utc(expiresAt))
			.update();
	}

	/** Ends every session now; returns how many were open. */
	int expireSessions(Instant now) {
		return jdbc.sql("update sandbox_session set expires_at = ? where expires_at > ?").params(utc(now), utc(now)).update();
	}

	boolean sessionValid(String token, Instant now) {
		return jdbc.sql("select count(*) from sandbox_session where token = ? and expires_at > ?")
			.params(token, utc(now))
			.query(Long.class)
			.single() > 0;
	}

	// --- failure mode

	State state() {
		return jdbc.sql("select mode, delay_ms, fail_next, changed_at, changed_by from sandbox_mode where id = 1")
			.query((rs, n) -> new State(Mode.valueOf(rs.getString("mode")), Duration.ofMillis(rs.getLong("delay_ms")),
					rs.getInt("fail_next"), instant(rs, "changed_at"), rs.getString("changed_by")))
			.single();
	}

	void setMode(Mode mode, Duration delay, String by, Instant now) {
		jdbc.sql("update sandbox_mode set mode = ?, delay_ms = ?, changed_at = ?, changed_by = ? where id = 1")
			.params(mode.name(), delay.toMillis(), utc(now), by)
			.update();
	}

	void setFailNext(int calls, String by, Instant now) {
		jdbc.sql("update sandbox_mode set fail_next = ?, changed_at = ?, changed_by = ? where id = 1")
			.params(calls, utc(now), by)
			.update();
	}

	/** Uses up one of the "fail the next N calls": {@code true} when this call is to fail. */
	boolean takeFailure() {
		return jdbc.sql("update sandbox_mode set fail_next = fail_next - 1 where id = 1 and fail_next > 0").update() == 1;
	}

	// --- request log

	/** Logs a call and, every hundredth, trims the log to the last {@code keep} calls. */
	void log(Logged call, int keep) {
		long seq = jdbc.sql("""
				insert into sandbox_request (at, service, items, accepted, rejected, error_code, http_status,
				  duration_ms, message) values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning seq""")
			.params(utc(call.at()), call.service(), call.items(), call.accepted(), call.rejected(), call.errorCode(),
					call.httpStatus(), call.duration().toMillis(), call.message())
			.query(Long.class)
			.single();
		if (seq % 100 == 0) {
			jdbc.sql("delete from sandbox_request where seq <= ?").param(seq - keep).update();
		}
	}

	/** A call as logged. */
	record Logged(Instant at, String service, int items, int accepted, int rejected, String errorCode,
			int httpStatus, Duration duration, @Nullable String message) {
	}

	List<Logged> latestRequests(int limit) {
		return jdbc.sql("""
				select at, service, items, accepted, rejected, error_code, http_status, duration_ms, message
				from sandbox_request order by seq desc limit ?""")
			.param(limit)
			.query((rs, n) -> new Logged(instant(rs, "at"), rs.getString("service"), rs.getInt("items"),
					rs.getInt("accepted"), rs.getInt("rejected"), rs.getString("error_code"), rs.getInt("http_status"),
					Duration.ofMillis(rs.getLong("duration_ms")), rs.getString("message")))
			.list();
	}

	/** Calls since {@code since} and the dossiers and rows they got refused. */
	RequestCounts requestsSince(Instant since) {
		return jdbc.sql("select count(*) as calls, coalesce(sum(rejected), 0) as rejected from sandbox_request where at >= ?")
			.param(utc(since))
			.query((rs, n) -> new RequestCounts(rs.getLong("calls"), rs.getLong("rejected")))
			.single();
	}

	record RequestCounts(long calls, long rejected) {
	}

	/** Forgets every dossier, progress row and logged call (sessions and the mode stay). */
	void clear() {
		jdbc.sql("truncate sandbox_progress, sandbox_hoso, sandbox_request").update();
	}

	private static HeldDossier heldDossier(ResultSet rs, int n) throws SQLException {
		return new HeldDossier(rs.getString("ma_ho_so"), rs.getString("unit"),
				rs.getObject("received_day", LocalDate.class), rs.getString("status"), rs.getLong("version"),
				instant(rs, "first_received_at"), instant(rs, "last_received_at"), rs.getInt("accepted_times"),
				rs.getString("payload"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
