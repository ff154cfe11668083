package org.openprovince.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.identity.CurrentUser;
import org.openprovince.identity.Role;
import org.openprovince.platform.WebForms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static org.openprovince.feedback.internal.FeedbackStore.at;
import static org.openprovince.feedback.internal.FeedbackStore.instant;

/**
 * The lists behind the pages: published answers for everyone (keyset by publication time, accents
 * ignored in the search), the back-office queue of the agencies a person handles for, a citizen's own
 * items, and the counts of the home-page cards. Every list reads indexed columns only.
 */
@Service
public class FeedbackSearch {

	static final int PUBLIC_PAGE = 10;

	static final int QUEUE_PAGE = 50;

	static final int MINE_LIMIT = 100;

	private static final String OPEN = "('RECEIVED', 'SUPPLEMENT_REQUESTED', 'ACCEPTED', 'TRANSFERRED', 'ANSWERED')";

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedbackSearch(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A published answer as the public sees it: no name, address, phone, e-mail, official or dossier. */
	public record PublicItem(String code, SubjectKind subject, String title, String content, String answer,
			String agencyName, @Nullable String procedureName, Instant submittedAt, Instant publishedAt, int likes,
			int dislikes) {
	}

	/** A page of published answers; {@code next} is the cursor of the following page, or {@code null}. */
	public record PublicPage(List<PublicItem> items, @Nullable String next) {
	}

	@Transactional(readOnly = true)
	public PublicPage published(@Nullable String q, @Nullable UUID agencyId, @Nullable String after) {
		var sql = new StringBuilder("""
				select code, subject_kind, title, content, answer, agency_name, procedure_name, submitted_at, published_at,
				       likes, dislikes, id
				  from feedback where status = 'PUBLISHED'""");
		var params = new ArrayList<Object>();
		if (agencyId != null) {
			sql.append(" and agency_id = ?");
			params.add(agencyId);
		}
		if (q != null && !q.isBlank()) {
			sql.append(" and feedback_fold(title || ' ' || content || ' ' || coalesce(answer, '')) like '%' || feedback_fold(?) || '%'");
			params.add(escapeLike(q.strip()));
		}
		Cursor cursor = Cursor.parse(after);
		if (cursor != null) {
			sql.append(" and (published_at, id) < (?, ?)");
			params.add(at(cursor.at()));
			params.add(cursor.id());
		}
		sql.append(" order by published_at desc, id desc limit ").append(PUBLIC_PAGE + 1);
		List<Object[]> rows = jdbc.sql(sql.toString()).params(params).query((rs, n) -> new Object[] {
				new PublicItem(rs.getString("code"), SubjectKind.valueOf(rs.getString("subject_kind")), rs.getString("title"),
						rs.getString("content"), rs.getString("answer"), rs.getString("agency_name"),
						rs.getString("procedure_name"), instant(rs, "submitted_at"), instant(rs, "published_at"),
						rs.getInt("likes"), rs.getInt("dislikes")),
				rs.getObject("id", UUID.class) }).list();
		String next = null;
		if (rows.size() > PUBLIC_PAGE) {
			Object[] last = rows.get(PUBLIC_PAGE - 1);
			next = new Cursor(((PublicItem) last[0]).publishedAt(), (UUID) last[1]).toString();
		}
		return new PublicPage(rows.stream().limit(PUBLIC_PAGE).map(r -> (PublicItem) r[0]).toList(), next);
	}

	/** Where a page of published answers starts: after this publication time and id. */
	record Cursor(Instant at, UUID id) {

		static @Nullable Cursor parse(@Nullable String value) {
			if (value == null) {
				return null;
			}
			int split = value.lastIndexOf('_');
			UUID id = split < 0 ? null : WebForms.parseUuid(value.substring(split + 1));
			if (id == null) {
				return null;
			}
			try {
				return new Cursor(Instant.parse(value.substring(0, split)), id);
			}
			catch (DateTimeParseException ex) {
				return null;
			}
		}

		@Override
		public String toString() {
			return at + "_" + id;
		}
	}

	// --- back office

	/** The queue's tabs: every open item, one open status, the overdue ones, or a closed status. */
	public enum Tab {

		OPEN, RECEIVED, ACCEPTED, TRANSFERRED, ANSWERED, SUPPLEMENT_REQUESTED, OVERDUE, REFUSED, PUBLISHED;

		public String messageKey() {
			return "feedback.tab." + name();
		}

		String condition() {
			return switch (this) {
				case OPEN -> "status in " + FeedbackSearch.OPEN;
				case OVERDUE -> "status in " + FeedbackSearch.OPEN + " and due_at < ?";
				default -> "status = '" + name() + "'";
			};
		}
	}

	/** An item of the queue. */
	public record QueueRow(UUID id, String code, String title, FeedbackStatus status, SubjectKind subject,
			String agencyName, Instant submittedAt, @Nullable Instant dueAt, @Nullable String handlerName) {

		public boolean overdue(Instant now) {
			return dueAt != null && now.isAfter(dueAt);
		}
	}

	/**
	 * A page of the queue, with the counts of the open tabs.
	 *
	 * @param page the page shown, 1-based
	 */
	public record Queue(Tab tab, List<QueueRow> rows, int page, boolean hasNext, Map<Tab, Integer> counts) {
	}

	/** The items of the agencies the person handles for (all of them for an administrator). */
	@Transactional(readOnly = true)
	public Queue queue(CurrentUser user, Tab tab, int page) {
		Scope scope = scope(user);
		Map<Tab, Integer> counts = counts(scope);
		if (scope.none()) {
			return new Queue(tab, List.of(), 1, false, counts);
		}
		var params = new ArrayList<Object>();
		var sql = new StringBuilder("""
				select id, code, title, status, subject_kind, agency_name, submitted_at, due_at, handler_name
				  from feedback where""").append(' ').append(tab.condition());
		if (tab == Tab.OVERDUE) {
			params.add(at(clock.instant()));
		}
		scope.append(sql, params);
		boolean open = tab != Tab.REFUSED && tab != Tab.PUBLISHED;
		sql.append(open ? " order by due_at nulls last, id" : " order by updated_at desc, id desc");
		sql.append(" limit ").append(QUEUE_PAGE + 1).append(" offset ").append((long) (page - 1) * QUEUE_PAGE);
		List<QueueRow> rows = jdbc.sql(sql.toString()).params(params).query(FeedbackSearch::queueRow).list();
		return new Queue(tab, rows.stream().limit(QUEUE_PAGE).toList(), page, rows.size() > QUEUE_PAGE, counts);
	}

	/** Items waiting for the agency (open, not waiting for the citizen) and, of those, overdue: for the home page. */
	@Transactional(readOnly = true)
	public int[] waitingAndOverdue(CurrentUser user) {
		Scope scope = scope(user);
		if (scope.none()) {
			return new int[] { 0, 0 };
		}
		var params = new ArrayList<Object>();
		params.add(at(clock.instant()));
		var sql = new StringBuilder("""
				select count(*), count(*) filter (where due_at < ?) from feedback
				 where status in ('RECEIVED', 'ACCEPTED', 'TRANSFERRED', 'ANSWERED')""");
		scope.append(sql, params);
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new int[] { rs.getInt(1), rs.getInt(2) }).single();
	}

	private Map<Tab, Integer> counts(Scope scope) {
		var counts = new EnumMap<Tab, Integer>(Tab.class);
		if (scope.none()) {
			return counts;
		}
		var params = new ArrayList<Object>();
		params.add(at(clock.instant()));
		var sql = new StringBuilder("select status, count(*), count(*) filter (where due_at < ?) from feedback where status in ")
			.append(OPEN);
		scope.append(sql, params);
		sql.append(" group by status");
		int[] totals = new int[2];
		jdbc.sql(sql.toString()).params(params).query((ResultSet rs) -> {
			counts.put(Tab.valueOf(rs.getString(1)), rs.getInt(2));
			totals[0] += rs.getInt(2);
			totals[1] += rs.getInt(3);
		});
		counts.put(Tab.OPEN, totals[0]);
		counts.put(Tab.OVERDUE, totals[1]);
		return counts;
	}

	/** The agencies whose items the person sees: all ({@code agencies == null}) or these, maybe none. */
	private record Scope(@Nullable Set<UUID> agencies) {

		boolean none() {
			return agencies != null && agencies.isEmpty();
		}

		void append(StringBuilder sql, List<Object> params) {
			if (agencies != null) {
				sql.append(" and agency_id = any (?)");
				params.add(agencies.toArray(UUID[]::new));
			}
		}
	}

	private static Scope scope(CurrentUser user) {
		if (user.provinceWide(Role.ADMINISTRATOR)) {
			return new Scope(null);
		}
		Set<UUID> agencies = new HashSet<>();
		FeedbackService.HANDLERS.forEach(role -> agencies.addAll(user.agenciesFor(role)));
		return new Scope(agencies);
	}

	private static QueueRow queueRow(ResultSet rs, int n) throws SQLException {
		return new QueueRow(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("title"),
				FeedbackStatus.valueOf(rs.getString("status")), SubjectKind.valueOf(rs.getString("subject_kind")),
				rs.getString("agency_name"), instant(rs, "submitted_at"), instant(rs, "due_at"), rs.getString("handler_name"));
	}

	// --- portal account

	/** The citizen's own items, newest first (the latest hundred). */
	@Transactional(readOnly = true)
	public List<Feedback> mine(CurrentUser citizen) {
		return jdbc.sql("select * from feedback where submitter_account_id = ? order by submitted_at desc limit " + MINE_LIMIT)
			.param(citizen.accountId().value())
			.query(FeedbackStore::feedbackRow)
			.list();
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
