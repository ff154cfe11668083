/**
 * Notices to applicants (thông báo cho người nộp hồ sơ): every change of a dossier's national status
 * is told to the applicant by e-mail and SMS, in Vietnamese, with the tracking link of the public
 * portal.
 *
 * <p>Each notice is first stored in {@code notification_message} (one row per status change and
 * channel, so a redelivered event sends nothing twice), then sent; failures are retried with backoff
 * by a scheduled job, and an administrator can list them and send one again. A channel that is not
 * configured records its notices as skipped: the dossier flow never waits for, nor fails because of,
 * a mail server or an SMS gateway.
 *
 * <p>The base package's only public type is the {@link org.openprovince.notification.SmsSender} port,
 * which a province replaces with a bean of its own to use its SMS brandname provider.
 */
@NullMarked
@ApplicationModule(displayName = "Notification", allowedDependencies = { "platform", "audit", "dossier", "catalog" })
package org.openprovince.notification;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
