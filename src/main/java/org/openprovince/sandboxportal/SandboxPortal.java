package org.openprovince.sandboxportal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.openprovince.audit.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sandbox national portal seen from Java: its failure mode, switched at runtime for every node (the
 * admin page and tests use it), and what it holds. Mode changes are audited.
 */
@Service
public class SandboxPortal {

	/** How the portal answers, whatever it is sent. */
	public enum Mode {
		/** Answers as the real portal does. */
		NORMAL,
		/** Every call gets HTTP 503, as when the integration axis is down. */
		FAILING,
		/** Every call waits the configured delay, then answers normally. */
		SLOW,
		/** Every dossier and progress row is refused with error_code "02"; nothing is stored. */
		REJECTING
	}

	/**
	 * The failure mode in force.
	 *
	 * @param mode the mode
	 * @param delay the wait of each call in {@link Mode#SLOW}
	 * @param failNext how many of the next calls still get HTTP 503, in any mode
	 * @param changedAt when the mode or the count was last set
	 * @param changedBy who set it
	 */
	public record State(Mode mode, Duration delay, int failNext, Instant changedAt, String changedBy) {
	}

	private static final Duration MAX_DELAY = Duration.ofMinutes(5);

	private final SandboxStore store;

	private final AuditTrail audit;

	private final SandboxPortalSettings settings;

	private final Clock clock;

	SandboxPortal(SandboxStore store, AuditTrail audit, SandboxPortalSettings settings, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether the sandbox portal is switched on ({@code openprovince.sandbox-portal.enabled}). */
	public boolean enabled() {
		return settings.enabled();
	}

	public State state() {
		return store.state();
	}

	/** Sets the mode; {@link Mode#SLOW} waits the configured {@code slow-delay}. */
	public void setMode(Mode mode) {
		setMode(mode, settings.slowDelay());
	}

	/**
	 * Sets the mode and the wait of each call in {@link Mode#SLOW}.
	 *
	 * @throws IllegalArgumentException when the delay is negative or longer than five minutes
	 */
	@Transactional
	public void setMode(Mode mode, Duration slowDelay) {
		Objects.requireNonNull(mode, "mode");
		if (slowDelay.isNegative() || slowDelay.compareTo(MAX_DELAY) > 0) {
			throw new IllegalArgumentException("slow delay must be between 0 and 5 minutes: " + slowDelay);
		}
		store.setMode(mode, slowDelay, AuditTrail.currentActor(), clock.instant());
		audit.record("sandboxportal.mode.changed", "SandboxPortal", null,
				Map.of("mode", mode.name(), "delayMs", slowDelay.toMillis()));
	}

	/**
	 * Makes the next {@code calls} calls fail with HTTP 503, in any mode (0 cancels).
	 *
	 * @throws IllegalArgumentException when the count is negative or above 10,000
	 */
	@Transactional
	public void failNext(int calls) {
		if (calls < 0 || calls > 10_000) {
			throw new IllegalArgumentException("calls must be between 0 and 10000: " + calls);
		}
		store.setFailNext(calls, AuditTrail.currentActor(), clock.instant());
		audit.record("sandboxportal.failNext", "SandboxPortal", null, Map.of("calls", calls));
	}

	/**
	 * Ends every open session (phiên làm việc), as when the real portal's tokens expire: the next call of a
	 * client gets "01" and must ask for a new token.
	 */
	@Transactional
	public void expireSessions() {
		int sessions = store.expireSessions(clock.instant());
		audit.record("sandboxportal.sessionsExpired", "SandboxPortal", null, Map.of("sessions", sessions));
	}

	/** Forgets every held dossier, progress row and logged call (the mode stays). */
	@Transactional
	public void clear() {
		long held = store.heldCount();
		store.clear();
		audit.record("sandboxportal.cleared", "SandboxPortal", null, Map.of("dossiers", held));
	}

	/** How many dossiers the portal holds. */
	public long heldCount() {
		return store.heldCount();
	}

	/** The dossier the portal holds under that code. */
	public Optional<HeldDossier> held(String maHoSo) {
		return store.held(maHoSo);
	}

	/** How many times the portal accepted that dossier (0 when it does not hold it). */
	public int acceptedTimes(String maHoSo) {
		return store.held(maHoSo).map(HeldDossier::acceptedTimes).orElse(0);
	}

	/** The progress rows held for that dossier, by STT. */
	public List<ProgressRow> progressRows(String maHoSo) {
		return store.progress(maHoSo);
	}

	/** Who changes the mode, as the audit trail names them. */}
