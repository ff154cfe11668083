package org.openprovince.notification;

import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.DossierStatusChanged;
import org.openprovince.platform.VietnamTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Writes the notice of a status change in Vietnamese, from the bundle {@code messages/notification}:
 * per status a subject, the e-mail's main paragraph and the SMS text
 * ({@code notification.status.<STATUS>.subject|body|sms}), each a message format with
 * <ol start="0">
 * <li>the dossier code, or "chưa có mã" before reception,</li>
 * <li>the procedure name,</li>
 * <li>the status label of the national portal,</li>
 * <li>the appointment date {@code dd/MM/yyyy HH:mm} in Vietnam time, or "chưa xác định",</li>
 * <li>the officer's note, or empty,</li>
 * <li>the tracking link of the public portal,</li>
 * <li>the applicant's name.</li>
 * </ol>
 * The e-mail adds the dossier's particulars, the note and the link below the paragraph.
 */
@Component
class NoticeComposer {

	/** Vietnamese: the base bundles. */
	static final Locale VIETNAMESE = Locale.of("vi");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(VietnamTime.ZONE);

	/** Statuses whose notice shows the appointment date: while it still stands for the applicant. */
	private static final Set<DvcqgStatus> SHOWS_DUE_DATE = EnumSet.of(DvcqgStatus.RECEIVED, DvcqgStatus.PROCESSING,
			DvcqgStatus.DONE);

	private final MessageSource messages;

	private final String publicUrl;

	NoticeComposer(MessageSource messages, @Value("${openprovince.public-url}") String publicUrl) {
		this.messages = messages;
		this.publicUrl = publicUrl.strip().replaceAll("/+$", "");
	}

	/** The e-mail and SMS telling the applicant of {@code event}. */
	Notice compose(DossierStatusChanged event) {
		String code = event.code() == null ? text("notification.code.none") : event.code().value();
		String dueAt = event.dueAt() == null ? text("notification.dueAt.none") : DATE_TIME.format(event.dueAt());
		String note = event.note() == null ? "" : event.note().strip();
		String link = trackingLink(event);
		Object[] args = { code, event.procedureName(), text(event.to().messageKey()), dueAt, note, link,
				event.applicant().fullName() };
		String prefix = "notification.status." + event.to().name();

		var body = new StringBuilder()
			.append(text("notification.email.greeting", args))
			.append("\n\n")
			.append(text(prefix + ".body", args))
			.append("\n\n")
			.append(text("notification.email.code", args))
			.append('\n')
			.append(text("notification.email.procedure", args))
			.append('\n')
			.append(text("notification.email.status", args));
		if (event.dueAt() != null && SHOWS_DUE_DATE.contains(event.to())) {
			body.append('\n').append(text("notification.email.dueAt", args));
		}
		if (!note.isEmpty()) {
			body.append("\n\n").append(text("notification.email.note", args));
		}
		body.append("\n\n")
			.append(text("notification.email.track", args))
			.append("\n\n")
			.append(text("notification.email.signature", text("province.name")));
		return new Notice(text(prefix + ".subject", args), body.toString(), text(prefix + ".sms", args));
	}

	/** The public portal's tracking page, for this dossier when it has a code. */
	String trackingLink(DossierStatusChanged event) {
		var link = UriComponentsBuilder.fromUriString(publicUrl).path("/tra-cuu");
		if (event.code() != null) {
			link.queryParam("ma", event.code().value());
		}
		return link.encode().build().toUriString();
	}

	private String text(String key, @Nullable Object... args) {
		return messages.getMessage(key, args, VIETNAMESE);
	}

	/**
	 * A composed notice.
	 *
	 * @param subject the e-mail's subject
	 * @param body the e-mail's plain text
	 * @param sms the SMS text, short enough for one or two messages
	 */
	record Notice(String subject, String body, String sms) {
	}
}
