package org.openprovince.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated account held in the (database-stored, hence serialisable) session.
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CurrentUser user;
	private @Nullable String passwordHash;
	private final boolean locked;
	private final boolean enabled;

	AccountPrincipal(CurrentUser user, String passwordHash, boolean locked, boolean enabled) {
		this.user = user;
		this.passwordHash = passwordHash;
		this.locked = locked;
		this.enabled = enabled;
	}

	CurrentUser currentUser() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + user.username() + "]";
	}

	static List<Role> staffRoles() {
		return List.of(Role.values()).stream().filter(Role::isStaff).toList();
	}
}
