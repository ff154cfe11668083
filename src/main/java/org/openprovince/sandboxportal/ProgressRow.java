package org.openprovince.sandboxportal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A progress row (QuaTrinh) the sandbox portal holds, keyed by dossier code and STT.
 *
 * @param maHoSo the dossier code
 * @param stt the sender's history sequence number
 * @param status TrangThai, "1".."10"
 * @param handledAt ThoiDiemXuLy as sent ({@code yyyyMMddHHmmss}), or {@code null}
 * @param lastReceivedAt when the portal last accepted it
 * @param acceptedTimes how many times it was accepted
 * @param json the stored row as JSON
 */
public record ProgressRow(String maHoSo, int stt, String status, @Nullable String handledAt, Instant lastReceivedAt,
		int acceptedTimes, String json) {
}
