package org.openprovince.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.platform.VietnamTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feedback side of the service-quality indicators (Decision 766, spec §10 group 5): one query over
 * the deadlines and on-time flags stored when each step happened, so it stays cheap however many items
 * there are.
 */
@Service
public class FeedbackIndicators {

	/**
	 * The items received or handled in the period {@code [:start, :end)} (submitted before its end and not
	 * finished before its start), for one agency or all, each judged: ended in the period, submitted in it
	 * ("fresh"), late.
	 */
	private static final String JUDGED = """
				with base as (
				  select * from feedback
				   where submitted_at < :end and (handled_at is null or handled_at >= :start)
				     and (cast(:agency as uuid) is null or agency_id = cast(:agency as uuid))
				), judged as (
				  select b.*,
				         handled_at is not null and handled_at < :end as ended,
				         submitted_at >= :start as fresh,
				         -- Late: ended late, or still open past its 15 working days at the end of the period.
				         coalesce(not on_time, false) or ((handled_at is null or handled_at >= :end) and answer_by < :end)
				           as late
				    from base b
				)
				""";

	private final JdbcClient jdbc;

	private final Clock clock;

	FeedbackIndicators(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The counts of the days {@code from} to {@code to} inclusive (Vietnam dates), for one agency (the
	 * agency handling the item now) or the whole province ({@code null}). A period reaching into the
	 * future ends now.
	 */
	@Transactional(readOnly = true)
	public FeedbackCounts onTime(LocalDate from, LocalDate to, @Nullable UUID agencyId) {
		Instant[] span = span(from, to);
		Instant start = span[0];
		Instant end = span[1];
		return jdbc.sql(JUDGED + """
				select count(*) as total,
				       count(*) filter (where ended) as handled,
				       count(*) filter (where ended and on_time) as handled_on_time,
				       count(*) filter (where not ended) as in_progress,
				       count(*) filter (where not ended and answer_by >= :end) as in_progress_on_time,
				       count(*) filter (where classification is not null) as classified,
				       count(*) filter (where fresh) as first_received,
				       count(*) filter (where fresh and dislikes > likes) as unsatisfied,
				       count(*) filter (where fresh and late) as overdue,
				       count(*) filter (where fresh and not late and dislikes <= likes) as satisfied
				  from judged""")
			.param("start", start.atOffset(ZoneOffset.UTC))
			.param("end", end.atOffset(ZoneOffset.UTC))
			.param("agency", agencyId)
			.query((rs, n) -> new FeedbackCounts(rs.getLong("total"), rs.getLong("handled"), rs.getLong("handled_on_time"),
					rs.getLong("in_progress"), rs.getLong("in_progress_on_time"), rs.getLong("classified"),
					rs.getLong("first_received"), rs.getLong("unsatisfied"), rs.getLong("overdue"), rs.getLong("satisfied")))
			.single();
	}

	/** Which items of a period {@link #items} lists: the set behind one of the {@link FeedbackCounts}. */
	public enum Measure {

		/** {@link FeedbackCounts#total()}. */
		TOTAL("true"),
		/** {@link FeedbackCounts#onTime()}: handled on time, or in progress within the limit. */
		ON_TIME("(ended and on_time) or (not ended and answer_by >= :end)"),
		/** {@link FeedbackCounts#classified()}. */
		CLASSIFIED("classification is not null"),
		/** {@link FeedbackCounts#firstReceived()}. */
		FIRST_RECEIVED("fresh"),
		/** {@link FeedbackCounts#satisfied()}. */
		SATISFIED("fresh and not late and dislikes <= likes");

		private final String condition;

		Measure(String condition) {
			this.condition = condition;
		}
	}

	/**
	 * One item behind a count.
	 *
	 * @param dueAt the deadline that matters now, or {@code null} while waiting for the citizen
	 * @param handledAt when its handling ended, or {@code null}
	 * @param status the feedback status name (RECEIVED, ANSWERED…, see {@code messages/feedback})
	 */
	public record Item(UUID id, String code, String title, String agencyName, Instant submittedAt,
			@Nullable Instant dueAt, @Nullable Instant handledAt, String status) {
	}

	/** A page of items and how many there are in all. */
	public record Items(long total, List<Item> items) {
	}

	/**
	 * The items counted in one of the {@link #onTime} counts of the same days and agency, newest first:
	 * {@code total} equals that count.
	 */
	@Transactional(readOnly = true)
	public Items items(LocalDate from, LocalDate to, @Nullable UUID agencyId, Measure measure, int offset, int limit) {
		Instant[] span = span(from, to);
		var items = jdbc.sql(JUDGED + "select *, count(*) over () as total_count from judged where " + measure.condition
				+ " order by submitted_at desc, id limit :limit offset :offset")
			.param("start", span[0].atOffset(ZoneOffset.UTC))
			.param("end", span[1].atOffset(ZoneOffset.UTC))
			.param("agency", agencyId)
			.param("limit", Math.max(limit, 1))
			.param("offset", Math.max(offset, 0))
			.query((rs, n) -> new Row(rs.getLong("total_count"), new Item(rs.getObject("id", UUID.class),
					rs.getString("code"), rs.getString("title"), rs.getString("agency_name"),
					rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
					instant(rs.getObject("due_at", OffsetDateTime.class)),
					instant(rs.getObject("handled_at", OffsetDateTime.class)), rs.getString("status"))))
			.list();
		if (items.isEmpty() && offset > 0) {
			// Past the last page: still say how many there are.
			long total = jdbc.sql(JUDGED + "select count(*) from judged where " + measure.condition)
				.param("start", span[0].atOffset(ZoneOffset.UTC))
				.param("end", span[1].atOffset(ZoneOffset.UTC))
				.param("agency", agencyId)
				.query(Long.class)
				.single();
			return new Items(total, List.of());
		}
		return new Items(items.isEmpty() ? 0 : items.getFirst().total(), items.stream().map(Row::item).toList());
	}

	private record Row(long total, Item item) {
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime value) {
		return value == null ? null : value.toInstant();
	}

	/** {@code [start, end)} of the days {@code from} to {@code to} in Vietnam time; a period reaching into the future ends now. */
	private Instant[] span(LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Period ends before it starts: " + from + " to " + to);
		}
		Instant start = from.atStartOfDay(VietnamTime.ZONE).toInstant();
		Instant periodEnd = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		Instant now = clock.instant();
		return new Instant[] { start, periodEnd.isAfter(now) ? now : periodEnd };
	}
}
