package org.openprovince.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.calendar.DeadlineUnit;
import org.openprovince.calendar.WorkingCalendar;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierState;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.identity.RoleGrant;
import org.openprovince.platform.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work queues and search over dossiers, in plain SQL on indexed columns with keyset paging (a page
 * never counts or skips rows, so it stays fast with millions of dossiers). What an officer sees is
 * limited to the agencies where they hold a role; an administrator or a province-wide grant sees all.
 */
@Component
public class DossierSearch {

	/** Rows per page. */
	public static final int PAGE = 25;

	/** Counts above this are shown as "999+". */
	public static final int COUNT_CAP = 999;

	private static final String SELECT = """
			select d.id, d.code, d.procedure_code, d.procedure_name, d.applicant_name, d.state, d.receiving_agency_name,
			       d.competent_agency_name, s.name step_name, d.assignee_name, d.created_at, d.received_at, d.due_at,
			       d.step_due_at, d.finished_at
			  from dossier d left join dossier_step s on s.dossier_id = d.id and s.idx = d.step_index
			""";

	private static final String WAITING_STATES = "('RECEPTION_SUPPLEMENT', 'SUPPLEMENT_REQUESTED', 'PAYMENT_REQUESTED')";

	private final JdbcClient jdbc;

	private final WorkingCalendar calendar;

	private final Clock clock;

	DossierSearch(JdbcClient jdbc, WorkingCalendar calendar, Clock clock) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** Search criteria; every part optional. {@code text} is a dossier code, an applicant name or a procedure. */
	public record Criteria(@Nullable String text, @Nullable Integer status, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	/** Where a page ends: the sort key of its last row. */
	public record Cursor(Instant at, UUID id) {

		public String token() {
			return at.toEpochMilli() * 1000 + at.getNano() / 1000 % 1000 + "_" + id;
		}

		public static @Nullable Cursor parse(@Nullable String token) {
			if (token == null || token.isBlank()) {
				return null;
			}
			try {
				int sep = token.indexOf('_');
				long micros = Long.parseLong(token.substring(0, sep));
				return new Cursor(Instant.EPOCH.plus(java.time.Duration.of(micros, java.time.temporal.ChronoUnit.MICROS)),
						UUID.fromString(token.substring(sep + 1)));
			}
			catch (RuntimeException ex) {
				return null;
			}
		}
	}

	/** A page of rows and the cursor of the next page, or {@code null} on the last page. */
	public record Page(List<DossierRow> rows, @Nullable String next) {
	}

	/** The end of the next working day from now: deadlines before it are "due soon". */
	public Instant dueSoonThreshold() {
		return calendar.deadline(null, clock.instant(), 1, DeadlineUnit.WORKING_DAYS);
	}

	@Transactional(readOnly = true)
	public Page queue(CurrentUser user, Queue queue, @Nullable Cursor after) {
		var params = new java.util.HashMap<String, Object>();
		var sql = new StringBuilder(SELECT).append(" where ").append(where(user, queue, params));
		// Queues run by the nearest deadline; the key is never null (created_at stands in).
		String key = "coalesce(d.step_due_at, d.due_at, d.created_at)";
		if (after != null) {
			sql.append(" and (").append(key).append(", d.id) > (:afterAt, :afterId)");
			params.put("afterAt", DossierStore.ts(after.at()));
			params.put("afterId", after.id());
		}
		sql.append(" order by ").append(key).append(", d.id limit ").append(PAGE + 1);
		List<DossierRow> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
		return page(rows, r -> new Cursor(firstNonNull(r.stepDueAt(), r.dueAt(), r.createdAt()), r.id()));
	}

	/** How many dossiers each queue holds for {@code user}, capped at {@link #COUNT_CAP} + 1. */
	@Transactional(readOnly = true)
	public Map<Queue, Integer> counts(CurrentUser user) {
		Map<Queue, Integer> counts = new EnumMap<>(Queue.class);
		for (Queue queue : Queue.values()) {
			var params = new java.util.HashMap<String, Object>();
			String where = where(user, queue, params);
			counts.put(queue, jdbc.sql("select count(*) from (select 1 from dossier d where " + where + " limit "
					+ (COUNT_CAP + 1) + ") c").params(params).query(Integer.class).single());
		}
		return counts;
	}

	/** The condition that defines {@code queue} for {@code user}; fills in its parameters. */
	private String where(CurrentUser user, Queue queue, Map<String, Object> params) {
		return switch (queue) {
			case MINE -> {
				params.put("me", user.accountId().value());
				yield "d.assignee_id = :me and d.action_agency_id is not null and d.state not in " + WAITING_STATES;
			}
			case UNIT -> actionScope(user, params) + " and d.state not in " + WAITING_STATES;
			case DUE_SOON -> {
				params.put("now", DossierStore.ts(clock.instant()));
				params.put("soon", DossierStore.ts(dueSoonThreshold()));
				yield actionScope(user, params) + " and d.state not in " + WAITING_STATES
						+ " and ((d.due_at >= :now and d.due_at < :soon) or (d.step_due_at >= :now and d.step_due_at < :soon))"
						+ " and not (d.due_at < :now or d.step_due_at < :now)";
			}
			case OVERDUE -> {
				params.put("now", DossierStore.ts(clock.instant()));
				yield actionScope(user, params) + " and d.state not in " + WAITING_STATES
						+ " and (d.due_at < :now or d.step_due_at < :now)";
			}
			case WAITING -> agencyScope(user, params) + " and d.state in " + WAITING_STATES
					+ " and d.action_agency_id is not null";
		};
	}

	/** Dossiers of the user's agencies matching the criteria, newest first. */
	@Transactional(readOnly = true)
	public Page search(CurrentUser user, Criteria criteria, @Nullable Cursor after) {
		var sql = new StringBuilder(SELECT).append(" where ");
		var params = new java.util.HashMap<String, Object>();
		sql.append(agencyScope(user, params));
		String text = criteria.text() == null ? "" : criteria.text().strip();
		if (!text.isEmpty()) {
			if (DossierCode.looksLike(text)) {
				sql.append(" and d.code = :code");
				params.put("code", new DossierCode(text).value());
			}
			else if (text.matches("\\d{9,12}")) {
				sql.append(" and d.applicant_id_number = :idNumber");
				params.put("idNumber", text);
			}
			else if (text.matches("\\d\\.\\d{6}")) {
				sql.append(" and d.procedure_code = :procedureCode");
				params.put("procedureCode", text);
			}
			else {
				sql.append(" and (dossier_fold(d.applicant_name) like '%' || dossier_fold(:text) || '%'"
						+ " or d.code like :codePrefix)");
				params.put("text", text);
				params.put("codePrefix", text.toUpperCase(java.util.Locale.ROOT) + "%");
			}
		}
		if (criteria.status() != null) {
			sql.append(" and d.status = :status");
			params.put("status", criteria.status());
		}
		if (criteria.from() != null) {
			sql.append(" and d.created_at >= :from");
			params.put("from", DossierStore.ts(criteria.from().atStartOfDay(VietnamTime.ZONE).toInstant()));
		}
		if (criteria.to() != null) {
			sql.append(" and d.created_at < :to");
			params.put("to", DossierStore.ts(criteria.to().plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()));
		}
		if (after != null) {
			sql.append(" and (d.created_at, d.id) < (:afterAt, :afterId)");
			params.put("afterAt", DossierStore.ts(after.at()));
			params.put("afterId", after.id());
		}
		sql.append(" order by d.created_at desc, d.id desc limit ").append(PAGE + 1);
		List<DossierRow> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> row(rs)).list();
		return page(rows, r -> new Cursor(r.createdAt(), r.id()));
	}

	/** Dossiers received by {@code agency} in the period, oldest first, for the tracking book (form 07). */
	@Transactional(readOnly = true)
	public List<BookRow> book(UUID agency, LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				select d.code, d.procedure_name, d.sets, coalesce(d.owner_name, d.applicant_name) owner_name,
				       coalesce(d.owner_address, d.applicant_address) address, d.applicant_phone, d.received_at, d.due_at,
				       d.finished_at, d.returned_at, d.received_by_name, d.state
				  from dossier d
				 where d.receiving_agency_id = :agency and d.received_at >= :from and d.received_at < :to
				 order by d.received_at, d.code limit :limit""")
			.param("agency", agency)
			.param("from", DossierStore.ts(from.atStartOfDay(VietnamTime.ZONE).toInstant()))
			.param("to", DossierStore.ts(to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant()))
			.param("limit", limit)
			.query((rs, n) -> new BookRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
					rs.getString(5), rs.getString(6), DossierStore.instant(rs, 7), DossierStore.instantOrNull(rs, 8),
					DossierStore.instantOrNull(rs, 9), DossierStore.instantOrNull(rs, 10), rs.getString(11),
					DossierState.valueOf(rs.getString(12))))
			.list();
	}

	/** A row of the tracking book. */
	public record BookRow(String code, String procedureName, int sets, String ownerName, @Nullable String address,
			@Nullable String phone, Instant receivedAt, @Nullable Instant dueAt, @Nullable Instant finishedAt,
			@Nullable Instant returnedAt, @Nullable String receivedBy, DossierState state) {
	}

	/**
	 * The applicant of the most recent dossier submitted with this identity number, to prefill the
	 * counter form when the same person comes back; empty when none.
	 */
	@Transactional(readOnly = true)
	public Optional<Applicant> latestApplicant(String idNumber) {
		String number = idNumber.strip().toUpperCase(java.util.Locale.ROOT);
		if (number.isEmpty() || number.length() > 12) {
			return Optional.empty();
		}
		return jdbc.sql("""
				select applicant_name, applicant_id_number, applicant_phone, applicant_email, applicant_address
				  from dossier where applicant_id_number = ? order by created_at desc limit 1""")
			.param(number)
			.query((rs, n) -> new Applicant(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5)))
			.optional();
	}

	/** Whether the user may see dossiers of these agencies (receiving or competent). */
	public boolean maySee(CurrentUser user, UUID receivingAgency, UUID competentAgency) {
		if (seesAll(user)) {
			return true;
		}
		Set<UUID> agencies = agencies(user);
		return agencies.contains(receivingAgency) || agencies.contains(competentAgency);
	}

	private static boolean seesAll(CurrentUser user) {
		return user.grants().stream().anyMatch(g -> g.agencyId() == null);
	}

	private static Set<UUID> agencies(CurrentUser user) {
		var agencies = new LinkedHashSet<UUID>();
		for (RoleGrant g : user.grants()) {
			if (g.agencyId() != null) {
				agencies.add(g.agencyId());
			}
		}
		return agencies;
	}

	private static String agencyScope(CurrentUser user, Map<String, Object> params) {
		if (seesAll(user)) {
			return "true";
		}
		params.put("agencies", agencies(user).toArray(UUID[]::new));
		return "(d.receiving_agency_id = any(:agencies) or d.competent_agency_id = any(:agencies))";
	}

	private static String actionScope(CurrentUser user, Map<String, Object> params) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		for (Role role : Role.values()) {
			if (!role.isStaff() || role == Role.ADMINISTRATOR || !user.hasRole(role)) {
				continue;
			}
			if (user.provinceWide(role)) {
				parts.add("(d.action_role = '" + role.name() + "' and d.action_agency_id is not null)");
				continue;
			}
			String name = "ag" + i++;
			params.put(name, user.agenciesFor(role).toArray(UUID[]::new));
			parts.add("(d.action_role = '" + role.name() + "' and d.action_agency_id = any(:" + name + "))");
		}
		return parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
	}

	private static DossierRow row(ResultSet rs) throws SQLException {
		return new DossierRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), DossierState.valueOf(rs.getString(6)), rs.getString(7), rs.getString(8),
				rs.getString(9), rs.getString(10), DossierStore.instant(rs, 11), DossierStore.instantOrNull(rs, 12),
				DossierStore.instantOrNull(rs, 13), DossierStore.instantOrNull(rs, 14), DossierStore.instantOrNull(rs, 15));
	}

	private static Page page(List<DossierRow> rows, java.util.function.Function<DossierRow, Cursor> cursor) {
		if (rows.size() <= PAGE) {
			return new Page(rows, null);
		}
		List<DossierRow> shown = rows.subList(0, PAGE);
		return new Page(List.copyOf(shown), cursor.apply(shown.getLast()).token());
	}

	private static Instant firstNonNull(@Nullable Instant a, @Nullable Instant b, Instant c) {
		return a != null ? a : b != null ? b : c;
	}
}
