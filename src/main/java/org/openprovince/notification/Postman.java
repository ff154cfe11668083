package org.openprovince.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openprovince.notification.NotificationMessages.Draft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores notices and sends them. A notice is stored before anything is sent, so a crash or an outage
 * never loses it; each send happens while its row is locked ({@code FOR UPDATE SKIP LOCKED}), and the
 * row records the outcome: sent, failed (retried with a growing delay until attempts run out) or
 * skipped with the reason.
 */
@Service
class Postman {

	private static final Logger log = LoggerFactory.getLogger(Postman.class);

	/** Outcome of an administrator's "send again". */
	enum ResendOutcome {
		SENT, FAILED, SKIPPED,
		/** Another node or thread is sending it right now. */
		BUSY,
		/** Already sent, still pending or unknown: nothing to do. */
		NOT_RESENDABLE
	}

	private final NotificationMessages messages;

	private final Map<NotificationChannel, Transport> transports = new EnumMap<>(NotificationChannel.class);

	private final NotificationSettings settings;

	private final MessageSource bundles;

	private final Clock clock;

	Postman(NotificationMessages messages, List<Transport> transports, NotificationSettings settings,
			MessageSource bundles, Clock clock) {
		this.messages = messages;
		transports.forEach(transport -> this.transports.put(transport.channel(), transport));
		this.settings = settings;
		this.bundles = bundles;
		this.clock = clock;
	}

	/**
	 * Stores a notice to {@code recipient}, as skipped with the reason when its channel is not configured
	 * or the address is unusable.
	 *
	 * @return the id of a notice to send, empty when it is skipped or was already stored
	 */
	@Transactional
	Optional<Long> enqueue(Draft draft) {
		Transport transport = transport(draft.channel());
		String address = transport.address(draft.recipient());
		String reason = refusal(transport, address);
		Draft stored = new Draft(draft.dossierId(), draft.code(), draft.status(), draft.statusAt(), draft.channel(),
				address == null ? draft.recipient().strip() : address, draft.subject(), draft.body(),
				reason == null ? null : text(reason));
		Instant now = clock.instant();
		// The sender normally sends it at once; the retry job only takes over if it has not by then.
		Optional<Long> id = messages.insertIfAbsent(stored, now, now.plus(settings.retry().firstDelay()));
		return reason == null ? id : Optional.empty();
	}

	/** Sends a stored notice if it is still pending or failed and nobody else is sending it. */
	@Transactional
	void deliver(long id) {
		messages.lock(id)
			.filter(message -> message.state() == DeliveryState.PENDING || message.state() == DeliveryState.FAILED)
			.ifPresent(this::attempt);
	}

	/**
	 * Sends the notice due longest, on a channel this node can serve (a node without SMTP leaves e-mails
	 * to the others).
	 *
	 * @return whether there was one
	 */
	@Transactional
	boolean deliverNextDue() {
		List<NotificationChannel> served = transports.values()
			.stream()
			.filter(transport -> transport.unavailable() == null)
			.map(Transport::channel)
			.toList();
		return messages.lockNextDue(clock.instant(), served).map(this::attempt).isPresent();
	}

	/** An administrator sends a failed or skipped notice again, now, with the current configuration. */
	@Transactional
	ResendOutcome resend(long id) {
		if (messages.find(id).isEmpty()) {
			return ResendOutcome.NOT_RESENDABLE;
		}
		Optional<NotificationMessage> locked = messages.lock(id);
		if (locked.isEmpty()) {
			return ResendOutcome.BUSY;
		}
		if (!locked.get().state().resendable()) {
			return ResendOutcome.NOT_RESENDABLE;
		}
		return switch (attempt(locked.get())) {
			case SENT -> ResendOutcome.SENT;
			case SKIPPED -> ResendOutcome.SKIPPED;
			default -> ResendOutcome.FAILED;
		};
	}

	/** One send of a locked notice; records and returns the outcome. */
	private DeliveryState attempt(NotificationMessage message) {
		Transport transport = transport(message.channel());
		String address = transport.address(message.recipient());
		String reason = refusal(transport, address);
		if (reason != null || address == null) {
			messages.markSkipped(message.id(), text(reason == null ? transport.invalidAddress() : reason));
			return DeliveryState.SKIPPED;
		}
		int attempts = message.attempts() + 1;
		try {
			transport.send(address, message.subject(), message.body());
		}
		catch (RuntimeException ex) {
			Duration delay = settings.retry().delayAfter(attempts);
			Instant next = delay == null ? null : clock.instant().plus(delay);
			log.warn("Notice {} ({} to dossier {}) failed, attempt {}{}: {}", message.id(), message.channel(),
					message.dossierId(), attempts, next == null ? ", giving up" : ", next at " + next, ex.toString());
			messages.markFailed(message.id(), attempts, describe(ex), next);
			return DeliveryState.FAILED;
		}
		messages.markSent(message.id(), attempts, clock.instant());
		return DeliveryState.SENT;
	}

	private static @Nullable String refusal(Transport transport, @Nullable String address) {
		String unavailable = transport.unavailable();
		if (unavailable != null) {
			return unavailable;
		}
		return address == null ? transport.invalidAddress() : null;
	}

	private Transport transport(NotificationChannel channel) {
		Transport transport = transports.get(channel);
		if (transport == null) {
			throw new IllegalStateException("No transport for " + channel);
		}
		return transport;
	}

	/** The failure as the server or gateway reported it, with its cause (Spring wraps mail errors). */
	private static String describe(Throwable ex) {
		var text = new StringBuilder(String.valueOf(ex.getMessage()));
		Throwable cause = ex.getCause();
		if (cause != null && cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
			text.append(" (").append(cause.getMessage()).append(')');
		}
		return text.toString();
	}

	private String text(String key) {
		return bundles.getMessage(key, null, NoticeComposer.VIETNAMESE);
	}
}
