package org.openprovince.notification;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored notices ({@code notification_message}). Sending locks a row with
 * {@code FOR UPDATE SKIP LOCKED} for the duration of the send, so that two nodes (or the listener and
 * the retry job) never send the same notice twice. Lists use keyset pagination on {@code id}.
 */
@Repository
class NotificationMessages {

	private static final int MAX_ERROR = 1000;

	private final JdbcClient jdbc;

	NotificationMessages(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A notice to store.
	 *
	 * @param recipient the address as the channel uses it, or as given when unusable
	 * @param skipReason why it will not be sent, {@code null} to send it
	 */
	record Draft(DossierId dossierId, @Nullable DossierCode code, DvcqgStatus status, Instant statusAt,
			NotificationChannel channel, String recipient, @Nullable String subject, String body,
			@Nullable String skipReason) {
	}

	/**
	 * Stores the notice unless one already exists for the same status change and channel.
	 *
	 * @param firstAttemptAt when the retry job may pick it up if it is still pending by then
	 * @return its id when it was stored now
	 */
	Optional<Long> insertIfAbsent(Draft draft, Instant now, Instant firstAttemptAt) {
		boolean skipped = draft.skipReason() != null;
		return jdbc.sql("""
				insert into notification_message (dossier_id, dossier_code, status, status_at, channel, recipient, subject,
				  body, state, attempts, last_error, next_attempt_at, created_at)
				values (:dossierId, :code, :status, :statusAt, :channel, :recipient, :subject, :body, :state, 0,
				  :skipReason, :nextAttemptAt, :now)
				on conflict (dossier_id, status, status_at, channel) do nothing
				returning id""")
			.param("dossierId", draft.dossierId().value())
			.param("code", draft.code() == null ? null : draft.code().value())
			.param("status", draft.status().name())
			.param("statusAt", utc(draft.statusAt()))
			.param("channel", draft.channel().name())
			.param("recipient", draft.recipient())
			.param("subject", draft.subject())
			.param("body", draft.body())
			.param("state", (skipped ? DeliveryState.SKIPPED : DeliveryState.PENDING).name())
			.param("skipReason", draft.skipReason())
			.param("nextAttemptAt", skipped ? null : utc(firstAttemptAt))
			.param("now", utc(now))
			.query(Long.class)
			.optional();
	}

	/** Locks the notice for sending; empty when it does not exist or another transaction holds it. */
	Optional<NotificationMessage> lock(long id) {
		return jdbc.sql("select " + NotificationMessage.COLUMNS + " from notification_message where id = ? "
				+ "for update skip locked")
			.param(id)
			.query(NotificationMessage.MAPPER)
			.optional();
	}

	/** Locks the pending or failed notice that has been due longest on one of {@code channels}, if any. */
	Optional<NotificationMessage> lockNextDue(Instant now, Collection<NotificationChannel> channels) {
		if (channels.isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("select " + NotificationMessage.COLUMNS + """
				 from notification_message
				where state in ('PENDING', 'FAILED') and next_attempt_at <= :now and channel in (:channels)
				order by next_attempt_at
				limit 1
				for update skip locked""")
			.param("now", utc(now))
			.param("channels", channels.stream().map(Enum::name).toList())
			.query(NotificationMessage.MAPPER)
			.optional();
	}

	void markSent(long id, int attempts, Instant now) {
		jdbc.sql("""
				update notification_message
				   set state = 'SENT', attempts = :attempts, sent_at = :now, last_error = null, next_attempt_at = null
				 where id = :id""").param("id", id).param("attempts", attempts).param("now", utc(now)).update();
	}

	/** @param nextAttemptAt when to try again, {@code null} to give up */
	void markFailed(long id, int attempts, String error, @Nullable Instant nextAttemptAt) {
		jdbc.sql("""
				update notification_message
				   set state = 'FAILED', attempts = :attempts, last_error = :error, next_attempt_at = :next
				 where id = :id""")
			.param("id", id)
			.param("attempts", attempts)
			.param("error", abbreviate(error))
			.param("next", utc(nextAttemptAt))
			.update();
	}

	void markSkipped(long id, String reason) {
		jdbc.sql("""
				update notification_message set state = 'SKIPPED', last_error = :reason, next_attempt_at = null
				 where id = :id""").param("id", id).param("reason", abbreviate(reason)).update();
	}

	Optional<NotificationMessage> find(long id) {
		return jdbc.sql("select " + NotificationMessage.COLUMNS + " from notification_message where id = ?")
			.param(id)
			.query(NotificationMessage.MAPPER)
			.optional();
	}

	/** The notices about one dossier, oldest first. */
	List<NotificationMessage> ofDossier(DossierId dossier) {
		return jdbc.sql("select " + NotificationMessage.COLUMNS + " from notification_message where dossier_id = ? "
				+ "order by id")
			.param(dossier.value())
			.query(NotificationMessage.MAPPER)
			.list();
	}

	/**
	 * Up to {@code size} notices matching the query, newest first.
	 *
	 * @param query {@link MessageQuery#search()} is a dossier code, or else a recipient (phone numbers in
	 * any usual form)
	 */
	MessagePage page(MessageQuery query, int size) {
		var where = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		if (query.state() != null) {
			and(where, "state = :state");
			params.put("state", query.state().name());
		}
		if (query.channel() != null) {
			and(where, "channel = :channel");
			params.put("channel", query.channel().name());
		}
		String search = query.search();
		if (search != null) {
			if (DossierCode.looksLike(search)) {
				and(where, "dossier_code = :code");
				params.put("code", new DossierCode(search).value());
			}
			else {
				String phone = PhoneNumbers.normalize(search);
				and(where, "lower(recipient) = lower(:recipient)");
				params.put("recipient", phone == null ? search : phone);
			}
		}
		if (query.before() != null) {
			and(where, "id < :before");
			params.put("before", query.before());
		}
		List<NotificationMessage> rows = jdbc
			.sql("select " + NotificationMessage.COLUMNS + " from notification_message" + where
					+ " order by id desc limit :limit")
			.params(params)
			.param("limit", size + 1)
			.query(NotificationMessage.MAPPER)
			.list();
		if (rows.size() <= size) {
			return new MessagePage(rows, null);
		}
		List<NotificationMessage> shown = rows.subList(0, size);
		return new MessagePage(List.copyOf(shown), shown.getLast().id());
	}

	private static void and(StringBuilder where, String condition) {
		where.append(where.isEmpty() ? " where " : " and ").append(condition);
	}

	private static String abbreviate(String text) {
		return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR) + "…";
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
