package org.openprovince.identity;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Loads accounts of one kind only: the back-office login knows only staff, the portal login only
 * citizens, so a citizen's password never opens the back office.
 */
final class AccountDetailsService implements UserDetailsService {

	/** Looks up the display name of a staff member's agency. */
	interface AgencyNames {

		@Nullable
		String agencyOf(Account account);
	}

	private final Accounts accounts;
	private final AccountKind kind;
	private final AgencyNames agencyNames;
	private final Clock clock;

	AccountDetailsService(Accounts accounts, AccountKind kind, AgencyNames agencyNames, Clock clock) {
		this.accounts = accounts;
		this.kind = kind;
		this.agencyNames = agencyNames;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		var account = accounts.findByUsername(Account.normalizeUsername(username.replace(" ", "")))
			.filter(a -> a.kind() == kind)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
		String agency = kind == AccountKind.STAFF ? agencyNames.agencyOf(account) : null;
		return new AccountPrincipal(account.toCurrentUser(agency), account.passwordHash(),
				account.lockedAt(Instant.now(clock)), account.enabled());
	}
}
