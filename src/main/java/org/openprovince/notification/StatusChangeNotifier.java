package org.openprovince.notification;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openprovince.dossier.ApplicantContact;
import org.openprovince.dossier.DossierStatusChanged;
import org.openprovince.notification.NoticeComposer.Notice;
import org.openprovince.notification.NotificationMessages.Draft;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.util.StringUtils;

/**
 * Tells the applicant of every status change of their dossier, by e-mail and by SMS where they gave an
 * address or a number. Runs after the dossier's transaction committed, asynchronously; the event
 * publication registry keeps the event until this returns, so a crash before the notices are stored
 * redelivers it (and the notices' unique key makes the redelivery harmless).
 */
@Component
class StatusChangeNotifier {

	private final NoticeComposer composer;

	private final Postman postman;

	StatusChangeNotifier(NoticeComposer composer, Postman postman) {
		this.composer = composer;
		this.postman = postman;
	}

	// No surrounding transaction: the notices must be committed before anything is sent, and each send
	// holds only its own row.
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(DossierStatusChanged event) {
		Notice notice = composer.compose(event);
		ApplicantContact applicant = event.applicant();
		List<Long> toSend = new ArrayList<>(2);
		String email = applicant.email();
		if (StringUtils.hasText(email)) {
			postman.enqueue(draft(event, NotificationChannel.EMAIL, email, notice.subject(), notice.body()))
				.ifPresent(toSend::add);
		}
		String phone = applicant.phone();
		if (StringUtils.hasText(phone)) {
			postman.enqueue(draft(event, NotificationChannel.SMS, phone, null, notice.sms())).ifPresent(toSend::add);
		}
		toSend.forEach(postman::deliver);
	}

	private static Draft draft(DossierStatusChanged event, NotificationChannel channel, String recipient,
			@Nullable String subject, String text) {
		return new Draft(event.dossierId(), event.code(), event.to(), event.at(), channel, recipient, subject, text, null);
	}
}
