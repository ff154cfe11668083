package org.openprovince.feedback;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a feedback item was published on the portal.
 *
 * @param submitterAccountId the citizen's account, {@code null} when a guest submitted it
 * @param onTime whether it was published within the deadlines of indicator 5.2
 */
public record FeedbackAnswerPublished(UUID feedbackId, String code, UUID agencyId, @Nullable UUID submitterAccountId,
		Instant publishedAt, boolean onTime) {
}
