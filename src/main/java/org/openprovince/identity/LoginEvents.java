package org.openprovince.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import org.openprovince.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audits logins and logouts and enforces the lockout: after {@code maxFailedLogins} wrong passwords
 * in a row the account is locked for {@code lockout}; a successful login resets the count.
 */
@Component
class LoginEvents {

	private static final Logger log = LoggerFactory.getLogger(LoginEvents.class);

	private final Accounts accounts;
	private final AuditTrail audit;
	private final IdentitySettings settings;
	private final Clock clock;

	LoginEvents(Accounts accounts, AuditTrail audit, IdentitySettings settings, Clock clock) {
		this.accounts = accounts;
		this.audit = audit;
		this.settings = settings;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		accounts.resetFailedLogins(username);
		audit.record(username, "identity.login.succeeded", "Account", username, Map.of());
	}

	@EventListener
	@Transactional
	void failed(AbstractAuthenticationFailureEvent event) {
		String typed = truncate(String.valueOf(event.getAuthentication().getName()));
		String username = Account.normalizeUsername(typed.replace(" ", ""));
		Map<String, Object> details = Map.of("reason", event.getException().getClass().getSimpleName());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			Instant lockUntil = Account.lockUntil(Instant.now(clock), settings.lockout());
			var count = accounts.countFailedLogin(username, settings.maxFailedLogins(), Timestamp.from(lockUntil));
			if (count.isPresent() && count.get() == settings.maxFailedLogins()) {
				log.warn("Account {} locked after {} failed logins", username, count.get());
				audit.record(username, "identity.account.locked", "Account", username,
						Map.of("failedLogins", count.get(), "until", lockUntil.toString()));
			}
		}
		audit.record(typed, "identity.login.failed", "Account", username, details);
	}

	@EventListener
	@Transactional
	void loggedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.record(username, "identity.logout", "Account", username, Map.of());
	}

	private static String truncate(String s) {
		return s.length() > 100 ? s.substring(0, 100) : s;
	}
}
