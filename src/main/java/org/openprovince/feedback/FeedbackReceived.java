package org.openprovince.feedback;

import java.time.Instant;
import java.util.UUID;

/**
 * A citizen submitted feedback (phản ánh, kiến nghị) to an agency.
 *
 * @param code the public code, e.g. {@code PAKN-261124-0001}
 */
public record FeedbackReceived(UUID feedbackId, String code, UUID agencyId, Instant submittedAt) {
}
