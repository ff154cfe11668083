package org.openprovince.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.platform.VietnamTime;
import org.springframework.jdbc.core.RowMapper;

/**
 * One notice as stored in {@code notification_message}: what was (to be) sent to whom about which
 * status change, and how sending went.
 *
 * @param status the status the notice announces
 * @param statusAt when the dossier took that status (with dossier, status and channel: the notice's
 * identity, so a redelivered event stores nothing new)
 * @param subject the e-mail subject, {@code null} for an SMS
 * @param lastError why the last attempt failed or why the notice was skipped, in Vietnamese or as the
 * server said it
 * @param nextAttemptAt when the retry job may send it, {@code null} once nothing is planned
 */
record NotificationMessage(long id, UUID dossierId, @Nullable String dossierCode, DvcqgStatus status, Instant statusAt,
		NotificationChannel channel, String recipient, @Nullable String subject, String body, DeliveryState state,
		int attempts, @Nullable String lastError, @Nullable Instant nextAttemptAt, Instant createdAt,
		@Nullable Instant sentAt) {

	/** Columns matching {@link #MAPPER}. */
	static final String COLUMNS = """
			id, dossier_id, dossier_code, status, status_at, channel, recipient, subject, body, state, attempts,
			last_error, next_attempt_at, created_at, sent_at""";

	static final RowMapper<NotificationMessage> MAPPER = (rs, row) -> new NotificationMessage(rs.getLong("id"),
			rs.getObject("dossier_id", UUID.class), rs.getString("dossier_code"),
			DvcqgStatus.valueOf(rs.getString("status")), instant(rs, "status_at"),
			NotificationChannel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
			rs.getString("body"), DeliveryState.valueOf(rs.getString("state")), rs.getInt("attempts"),
			rs.getString("last_error"), nullableInstant(rs, "next_attempt_at"), instant(rs, "created_at"),
			nullableInstant(rs, "sent_at"));

	/** When it was stored, in Vietnam time (public for the templates' expression language). */
	public LocalDateTime localCreatedAt() {
		return createdAt.atZone(VietnamTime.ZONE).toLocalDateTime();
	}

	/** When it was sent, in Vietnam time, or {@code null}. */
	public @Nullable LocalDateTime localSentAt() {
		return sentAt == null ? null : sentAt.atZone(VietnamTime.ZONE).toLocalDateTime();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return Objects.requireNonNull(nullableInstant(rs, column), column);
	}

	private static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}
}
