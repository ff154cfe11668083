package org.openprovince.feedback.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of an item's history as the handling page shows it. */
public record HistoryLine(Instant at, FeedbackAction action, FeedbackStatus to, String actorName, @Nullable String note) {
}
