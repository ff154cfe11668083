package org.openprovince.feedback;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("Period ends before it starts: " + from + " to " + to);
		}
		Instant start = from.atStartOfDay(VietnamTime.ZONE).toInstant();
		Instant periodEnd = to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		Instant now = clock.instant();
		Instant end = periodEnd.isAfter(now) ? now : periodEnd;
		return jdbc.sql("""
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
}
