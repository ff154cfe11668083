package org.openprovince.feedback.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.feedback.FeedbackException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Feedback rows, their history and votes, in plain SQL. {@link #update} is optimistic: it writes only
 * when the version read is still the stored one, else nothing is written and the caller's transaction
 * fails with {@link FeedbackException#STALE}.
 */
@Repository
class FeedbackStore {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

	private final JdbcClient jdbc;

	FeedbackStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The next public code of the day, PAKN-YYMMDD-NNNN, from the day's counter (an upsert). */
	String nextCode(LocalDate day) {
		int sequence = jdbc.sql("""
				insert into feedback_code_counter (day, last) values (:day, 1)
				on conflict (day) do update set last = feedback_code_counter.last + 1
				returning last""").param("day", day).query(Integer.class).single();
		return "PAKN-" + DAY.format(day) + "-" + String.format("%04d", sequence);
	}

	void insert(Feedback f, @Nullable UUID actorId, String actorName) {
		f.version = 1;
		jdbc.sql("""
				insert into feedback (id, code, status, subject_kind, agency_id, agency_name, first_agency_id,
				  procedure_id, procedure_code, procedure_name, official_name, dossier_code, title, content,
				  submitter_account_id, submitter_name, submitter_address, submitter_phone, submitter_email,
				  submitted_at, clock_started_at, refuse_by, supplement_by, answer_by, due_at, updated_at, version)
				values (:id, :code, :status, :subject, :agencyId, :agencyName, :firstAgencyId,
				  :procedureId, :procedureCode, :procedureName, :officialName, :dossierCode, :title, :content,
				  :accountId, :name, :address, :phone, :email,
				  :submittedAt, :clockStartedAt, :refuseBy, :supplementBy, :answerBy, :dueAt, :updatedAt, 1)""")
			.params(columns(f))
			.update();
		history(f, actorId, actorName);
	}

	/** Writes every changeable column if the version is still {@code f.version}, and the history lines. */
	void update(Feedback f, Instant now, @Nullable UUID actorId, String actorName) {
		int rows = jdbc.sql("""
				update feedback set status = :status, agency_id = :agencyId, agency_name = :agencyName,
				  clock_started_at = :clockStartedAt, refuse_by = :refuseBy, supplement_by = :supplementBy,
				  answer_by = :answerBy, publish_by = :publishBy, due_at = :dueAt,
				  refusal_reason = :refusalReason, refused_at = :refusedAt,
				  supplement_request = :supplementRequest, supplement_requested_at = :supplementRequestedAt,
				  supplement_text = :supplementText, supplemented_at = :supplementedAt,
				  classification = :classification, accepted_at = :acceptedAt,
				  handler_account_id = :handlerId, handler_name = :handlerName,
				  transferred_at = :transferredAt, transfers = :transfers,
				  answer = :answer, answered_at = :answeredAt, answered_by_name = :answeredByName,
				  published_at = :publishedAt, published_by_name = :publishedByName,
				  handled_at = :handledAt, on_time = :onTime, updated_at = :now, version = version + 1
				where id = :id and version = :expected""")
			.params(columns(f))
			.param("now", at(now))
			.param("expected", f.version)
			.update();
		if (rows != 1) {
			throw new FeedbackException(FeedbackException.STALE);
		}
		f.version++;
		f.updatedAt = now;
		history(f, actorId, actorName);
	}

	/** Every column's value under the name the statements use; each statement takes those it names. */
	private static Map<String, @Nullable Object> columns(Feedback f) {
		var values = new HashMap<String, @Nullable Object>();
		values.put("id", f.id);
		values.put("code", f.code);
		values.put("status", f.status.name());
		values.put("subject", f.subject.name());
		values.put("agencyId", f.agencyId);
		values.put("agencyName", f.agencyName);
		values.put("firstAgencyId", f.firstAgencyId);
		values.put("procedureId", f.procedureId);
		values.put("procedureCode", f.procedureCode);
		values.put("procedureName", f.procedureName);
		values.put("officialName", f.officialName);
		values.put("dossierCode", f.dossierCode);
		values.put("title", f.title);
		values.put("content", f.content);
		values.put("accountId", f.submitter.accountId());
		values.put("name", f.submitter.name());
		values.put("address", f.submitter.address());
		values.put("phone", f.submitter.phone());
		values.put("email", f.submitter.email());
		values.put("submittedAt", at(f.submittedAt));
		values.put("clockStartedAt", at(f.clockStartedAt));
		values.put("refuseBy", at(f.refuseBy));
		values.put("supplementBy", at(f.supplementBy));
		values.put("answerBy", at(f.answerBy));
		values.put("publishBy", at(f.publishBy));
		values.put("dueAt", at(f.dueAt));
		values.put("refusalReason", f.refusalReason);
		values.put("refusedAt", at(f.refusedAt));
		values.put("supplementRequest", f.supplementRequest);
		values.put("supplementRequestedAt", at(f.supplementRequestedAt));
		values.put("supplementText", f.supplementText);
		values.put("supplementedAt", at(f.supplementedAt));
		values.put("classification", f.classification == null ? null : f.classification.name());
		values.put("acceptedAt", at(f.acceptedAt));
		values.put("handlerId", f.handlerId);
		values.put("handlerName", f.handlerName);
		values.put("transferredAt", at(f.transferredAt));
		values.put("transfers", f.transfers);
		values.put("answer", f.answer);
		values.put("answeredAt", at(f.answeredAt));
		values.put("answeredByName", f.answeredByName);
		values.put("publishedAt", at(f.publishedAt));
		values.put("publishedByName", f.publishedByName);
		values.put("handledAt", at(f.handledAt));
		values.put("onTime", f.onTime);
		values.put("updatedAt", at(f.updatedAt));
		return values;
	}

	private void history(Feedback f, @Nullable UUID actorId, String actorName) {
		for (Feedback.Change change : f.takeChanges()) {
			jdbc.sql("""
					insert into feedback_history (feedback_id, at, action, from_status, to_status, actor_id, actor_name, note)
					values (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(f.id, at(f.updatedAt), change.action().name(), change.from() == null ? null : change.from().name(),
						change.to().name(), actorId, actorName, change.note())
				.update();
		}
	}

	Optional<Feedback> find(UUID id) {
		return jdbc.sql("select * from feedback where id = ?").param(id).query(FeedbackStore::feedbackRow).optional();
	}

	Optional<Feedback> findByCode(String code) {
		return jdbc.sql("select * from feedback where code = ?").param(code).query(FeedbackStore::feedbackRow).optional();
	}

	List<HistoryLine> history(UUID id) {
		return jdbc.sql("select at, action, to_status, actor_name, note from feedback_history where feedback_id = ? order by id")
			.param(id)
			.query((rs, n) -> new HistoryLine(instant(rs, "at"), FeedbackAction.valueOf(rs.getString("action")),
					FeedbackStatus.valueOf(rs.getString("to_status")), rs.getString("actor_name"), rs.getString("note")))
			.list();
	}

	/**
	 * Records the account's vote and moves the counters on the row by the difference, in the caller's
	 * transaction. The vote row's lock orders concurrent votes of one account; counters never lose an
	 * update because each is an increment in place. Returns whether anything changed.
	 */
	boolean vote(UUID feedbackId, UUID accountId, int value, Instant now) {
		int inserted = jdbc.sql("""
				insert into feedback_vote (feedback_id, account_id, value, voted_at) values (?, ?, ?, ?)
				on conflict (feedback_id, account_id) do nothing""")
			.params(feedbackId, accountId, (short) value, at(now))
			.update();
		int likes = 0;
		int dislikes = 0;
		if (inserted == 1) {
			likes = value > 0 ? 1 : 0;
			dislikes = value < 0 ? 1 : 0;
		}
		else {
			int changed = jdbc.sql("""
					update feedback_vote set value = ?, voted_at = ?
					where feedback_id = ? and account_id = ? and value <> ?""")
				.params((short) value, at(now), feedbackId, accountId, (short) value)
				.update();
			if (changed == 0) {
				return false;
			}
			likes = value > 0 ? 1 : -1;
			dislikes = -likes;
		}
		jdbc.sql("update feedback set likes = likes + ?, dislikes = dislikes + ? where id = ?")
			.params(likes, dislikes, feedbackId)
			.update();
		return true;
	}

	/** The account's vote on an item: 1, -1, or 0 for none. */
	int voteOf(UUID feedbackId, UUID accountId) {
		return jdbc.sql("select value from feedback_vote where feedback_id = ? and account_id = ?")
			.params(feedbackId, accountId)
			.query(Integer.class)
			.optional()
			.orElse(0);
	}

	static Feedback feedbackRow(ResultSet rs, int row) throws SQLException {
		var f = new Feedback();
		f.id = rs.getObject("id", UUID.class);
		f.code = rs.getString("code");
		f.status = FeedbackStatus.valueOf(rs.getString("status"));
		f.subject = SubjectKind.valueOf(rs.getString("subject_kind"));
		f.agencyId = rs.getObject("agency_id", UUID.class);
		f.agencyName = rs.getString("agency_name");
		f.firstAgencyId = rs.getObject("first_agency_id", UUID.class);
		f.procedureId = rs.getObject("procedure_id", UUID.class);
		f.procedureCode = rs.getString("procedure_code");
		f.procedureName = rs.getString("procedure_name");
		f.officialName = rs.getString("official_name");
		f.dossierCode = rs.getString("dossier_code");
		f.title = rs.getString("title");
		f.content = rs.getString("content");
		f.submitter = new Feedback.Submitter(rs.getObject("submitter_account_id", UUID.class),
				rs.getString("submitter_name"), rs.getString("submitter_address"), rs.getString("submitter_phone"),
				rs.getString("submitter_email"));
		f.submittedAt = instant(rs, "submitted_at");
		f.clockStartedAt = instant(rs, "clock_started_at");
		f.refuseBy = instant(rs, "refuse_by");
		f.supplementBy = instant(rs, "supplement_by");
		f.answerBy = instant(rs, "answer_by");
		f.publishBy = instant(rs, "publish_by");
		f.dueAt = instant(rs, "due_at");
		f.refusalReason = rs.getString("refusal_reason");
		f.refusedAt = instant(rs, "refused_at");
		f.supplementRequest = rs.getString("supplement_request");
		f.supplementRequestedAt = instant(rs, "supplement_requested_at");
		f.supplementText = rs.getString("supplement_text");
		f.supplementedAt = instant(rs, "supplemented_at");
		String classification = rs.getString("classification");
		f.classification = classification == null ? null : Classification.valueOf(classification);
		f.acceptedAt = instant(rs, "accepted_at");
		f.handlerId = rs.getObject("handler_account_id", UUID.class);
		f.handlerName = rs.getString("handler_name");
		f.transferredAt = instant(rs, "transferred_at");
		f.transfers = rs.getInt("transfers");
		f.answer = rs.getString("answer");
		f.answeredAt = instant(rs, "answered_at");
		f.answeredByName = rs.getString("answered_by_name");
		f.publishedAt = instant(rs, "published_at");
		f.publishedByName = rs.getString("published_by_name");
		f.handledAt = instant(rs, "handled_at");
		f.onTime = rs.getObject("on_time", Boolean.class);
		f.likes = rs.getInt("likes");
		f.dislikes = rs.getInt("dislikes");
		f.updatedAt = instant(rs, "updated_at");
		f.version = rs.getLong("version");
		return f;
	}

	static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp value = rs.getTimestamp(column);
		return value == null ? null : value.toInstant();
	}
}
