package org.openprovince.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account (tài khoản) of a staff member or a citizen: credentials, lockout state, profile and
 * role grants. The password hash is never shown, logged or audited.
 */
@Table("identity_account")
public class Account {

	private final @Id UUID id;
	private final AccountKind kind;
	private final String username;
	private String passwordHash;
	private String displayName;
	private @Nullable String email;
	private @Nullable String phone;
	private final @Nullable String citizenId;
	private final @Nullable UUID staffId;
	@MappedCollection(idColumn = "account_id")
	private Set<RoleGrant> grants;
	private int failedLogins;
	private @Nullable Instant lockedUntil;
	private boolean enabled;
	private final Instant createdAt;
	private Instant passwordChangedAt;
	private @Version long version;

	@PersistenceCreator
	Account(UUID id, AccountKind kind, String username, String passwordHash, String displayName, @Nullable String email,
			@Nullable String phone, @Nullable String citizenId, @Nullable UUID staffId, Set<RoleGrant> grants,
			int failedLogins, @Nullable Instant lockedUntil, boolean enabled, Instant createdAt,
			Instant passwordChangedAt, long version) {
		this.id = id;
		this.kind = kind;
		this.username = username;
		this.passwordHash = passwordHash;
		this.displayName = displayName;
		this.email = email;
		this.phone = phone;
		this.citizenId = citizenId;
		this.staffId = staffId;
		this.grants = new LinkedHashSet<>(grants);
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.enabled = enabled;
		this.createdAt = createdAt;
		this.passwordChangedAt = passwordChangedAt;
		this.version = version;
	}

	/** A citizen registering on the portal; the username is the citizen ID. */
	static Account citizen(CitizenId citizenId, String passwordHash, String fullName, String phone, @Nullable String email,
			Instant now) {
		return new Account(UUID.randomUUID(), AccountKind.CITIZEN, citizenId.value(), passwordHash, fullName.strip(),
				email, phone, citizenId.value(), null, Set.of(RoleGrant.provinceWide(Role.CITIZEN)), 0, null, true, now,
				now, 0);
	}

	/** A staff member's account, linked to the staff record of the organisation module. */
	static Account staff(String username, String passwordHash, String displayName, @Nullable String email,
			@Nullable String phone, UUID staffId, Set<RoleGrant> grants, Instant now) {
		if (grants.isEmpty() || grants.stream().anyMatch(g -> g.role() == Role.CITIZEN)) {
			throw new IllegalArgumentException("A staff account needs at least one staff role");
		}
		return new Account(UUID.randomUUID(), AccountKind.STAFF, normalizeUsername(username), passwordHash,
				displayName.strip(), email, phone, null, staffId, grants, 0, null, true, now, now, 0);
	}

	static String normalizeUsername(String username) {
		return username.strip().toLowerCase(Locale.ROOT);
	}

	/** Whether a login attempt must be refused because of recent failures. */
	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.passwordChangedAt = now;
	}

	/** Lifts a lockout before it expires (administrator action). */
	void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	void replaceGrants(Set<RoleGrant> newGrants) {
		if (kind == AccountKind.STAFF && newGrants.isEmpty()) {
			throw new IllegalArgumentException("A staff account needs at least one staff role");
		}
		this.grants = new LinkedHashSet<>(newGrants);
	}

	void disable() {
		this.enabled = false;
	}

	void enable() {
		this.enabled = true;
	}

	/** A view safe to hand to other modules and templates. */
	public CurrentUser toCurrentUser(@Nullable String agencyName) {
		return new CurrentUser(new AccountId(id), kind, username, displayName, agencyName, Set.copyOf(grants));
	}

	public AccountId id() {
		return new AccountId(id);
	}

	public AccountKind kind() {
		return kind;
	}

	public String username() {
		return username;
	}

	String passwordHash() {
		return passwordHash;
	}

	public String displayName() {
		return displayName;
	}

	public @Nullable String email() {
		return email;
	}

	public @Nullable String phone() {
		return phone;
	}

	public @Nullable String citizenId() {
		return citizenId;
	}

	public @Nullable UUID staffId() {
		return staffId;
	}

	public Set<RoleGrant> grants() {
		return Collections.unmodifiableSet(grants);
	}

	public int failedLogins() {
		return failedLogins;
	}

	public @Nullable Instant lockedUntil() {
		return lockedUntil;
	}

	public boolean enabled() {
		return enabled;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant passwordChangedAt() {
		return passwordChangedAt;
	}

	/** How long an account stays locked after too many failures. */
	static Instant lockUntil(Instant now, Duration lockout) {
		return now.plus(lockout);
	}
}
