/**
 * Feedback (phản ánh, kiến nghị — PAKN): citizens' feedback on administrative regulations and
 * procedures, on an agency or on an official, received and answered under Decree 20/2008/NĐ-CP, with
 * the deadlines of Decision 766 indicator 5.2 (spec §10) on the handling agency's working calendar, the
 * published answers and the citizens' likes and dislikes of them (indicator 5.3).
 *
 * <p>The base package is the module's API: the {@link org.openprovince.feedback.FeedbackIndicators}
 * query for indicators 5.1–5.3, the events {@link org.openprovince.feedback.FeedbackReceived} and
 * {@link org.openprovince.feedback.FeedbackAnswerPublished}, and {@link org.openprovince.feedback.FeedbackException}.
 * {@code internal}, {@code web} and {@code demo} are internal.
 */
@NullMarked
@ApplicationModule(displayName = "Feedback",
		allowedDependencies = { "platform", "audit", "identity", "organization", "calendar", "catalog", "dossier" })
package org.openprovince.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
