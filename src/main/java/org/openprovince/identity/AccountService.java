package org.openprovince.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openprovince.audit.AuditTrail;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commands on accounts: citizen registration, staff account creation, password change and
 * unlocking. Every change is audited in the same transaction.
 */
@Service
public class AccountService {

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final JdbcClient jdbc;

	AccountService(Accounts accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a citizen types on the registration page. */
	public record CitizenRegistration(String fullName, String citizenId, String phone, @Nullable String email,
			String password) {
	}

	/**
	 * Registers a citizen; the citizen ID becomes the username.
	 *
	 * @throws IdentityException when the citizen ID is already registered or the password is weak
	 * @throws InvalidCitizenIdException when the citizen ID is malformed
	 */
	@Transactional
	public AccountId registerCitizen(CitizenRegistration registration) {
		var citizenId = CitizenId.of(registration.citizenId());
		PasswordPolicy.violation(registration.password(), citizenId.value())
			.ifPresent(key -> {
				throw new IdentityException(key, "password");
			});
		if (accounts.existsByUsername(citizenId.value())) {
			throw new IdentityException("identity.register.duplicate", "citizenId");
		}
		var account = Account.citizen(citizenId, passwords.encode(registration.password()), registration.fullName(),
				registration.phone().strip(), blankToNull(registration.email()), now());
		save(account, "citizenId");
		audit.record(citizenId.value(), "identity.citizen.registered", "Account", account.id().toString(),
				Map.of("displayName", account.displayName()));
		return account.id();
	}

	/**
	 * Creates a staff member's account with their roles.
	 *
	 * @throws IdentityException when the username is taken, the staff member already has an account,
	 *     or the initial password is weak
	 */
	@Transactional
	public AccountId createStaffAccount(String username, String displayName, @Nullable String email,
			@Nullable String phone, UUID staffId, Set<RoleGrant> grants, String initialPassword) {
		String normalized = Account.normalizeUsername(username);
		if (!normalized.matches("[a-z0-9._-]{3,64}")) {
			throw new IdentityException("identity.username.format", "username");
		}
		PasswordPolicy.violation(initialPassword, normalized).ifPresent(key -> {
			throw new IdentityException(key, "password");
		});
		if (accounts.existsByUsername(normalized)) {
			throw new IdentityException("identity.username.taken", "username");
		}
		if (accounts.existsByStaffId(staffId)) {
			throw new IdentityException("identity.staff.hasAccount", "staffId");
		}
		var account = Account.staff(normalized, passwords.encode(initialPassword), displayName, email, phone, staffId,
				grants, now());
		save(account, "username");
		audit.record("identity.account.created", "Account", account.id().toString(),
				Map.of("username", normalized, "roles", describe(grants)));
		return account.id();
	}

	/**
	 * Changes the password after checking the current one.
	 *
	 * @throws IdentityException when the current password is wrong or the new one is weak
	 */
	@Transactional
	public void changePassword(AccountId id, String currentPassword, String newPassword) {
		var account = accounts.findById(id.value()).orElseThrow();
		if (!passwords.matches(currentPassword, account.passwordHash())) {
			throw new IdentityException("identity.password.currentWrong", "currentPassword");
		}
		PasswordPolicy.violation(newPassword, account.username()).ifPresent(key -> {
			throw new IdentityException(key, "newPassword");
		});
		if (passwords.matches(newPassword, account.passwordHash())) {
			throw new IdentityException("identity.password.unchanged", "newPassword");
		}
		account.changePassword(passwords.encode(newPassword), now());
		accounts.save(account);
		audit.record("identity.password.changed", "Account", id.toString(), Map.of());
	}

	/** Lifts a lockout (administrator action). */
	@Transactional
	public void unlock(AccountId id) {
		var account = accounts.findById(id.value()).orElseThrow();
		account.unlock();
		accounts.save(account);
		audit.record("identity.account.unlocked", "Account", id.toString(), Map.of("username", account.username()));
	}

	/** Replaces a staff account's roles (administrator action). */
	@Transactional
	public void replaceGrants(AccountId id, Set<RoleGrant> grants) {
		var account = accounts.findById(id.value()).orElseThrow();
		account.replaceGrants(grants);
		accounts.save(account);
		audit.record("identity.account.rolesChanged", "Account", id.toString(),
				Map.of("username", account.username(), "roles", describe(grants)));
	}

	@Transactional(readOnly = true)
	public Optional<Account> findByUsername(String username) {
		return accounts.findByUsername(Account.normalizeUsername(username));
	}

	@Transactional(readOnly = true)
	public Optional<Account> find(AccountId id) {
		return accounts.findById(id.value());
	}

	/**
	 * Accounts whose username starts with, or whose name contains, {@code query} (accents
	 * ignored), ordered by username, after {@code afterUsername} (keyset paging).
	 */
	@Transactional(readOnly = true)
	public List<AccountRow> search(@Nullable String query, @Nullable AccountKind kind, @Nullable String afterUsername,
			int limit) {
		String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
		return jdbc.sql("""
				select a.id, a.username, a.display_name, a.kind, a.failed_logins, a.locked_until, a.enabled,
				       coalesce(array_agg(distinct g.role order by g.role) filter (where g.role is not null), '{}') as roles
				  from identity_account a
				  left join identity_role_grant g on g.account_id = a.id
				 where (:q = '' or a.username like :prefix or unaccent(lower(a.display_name)) like unaccent(:contains))
				   and (cast(:kind as text) is null or a.kind = cast(:kind as text))
				   and (cast(:after as text) is null or a.username > cast(:after as text))
				 group by a.id
				 order by a.username
				 limit :limit""")
			.param("q", q)
			.param("prefix", q + "%")
			.param("contains", "%" + q + "%")
			.param("kind", kind == null ? null : kind.name())
			.param("after", afterUsername == null || afterUsername.isBlank() ? null : afterUsername)
			.param("limit", limit)
			.query((rs, i) -> new AccountRow(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getString("display_name"), AccountKind.valueOf(rs.getString("kind")),
					java.util.Arrays.stream((String[]) rs.getArray("roles").getArray()).map(Role::valueOf).toList(),
					rs.getInt("failed_logins"),
					rs.getTimestamp("locked_until") == null ? null : rs.getTimestamp("locked_until").toInstant(),
					rs.getBoolean("enabled")))
			.list();
	}

	/** An enabled staff account that can be given work: id and display name. */
	public record Officer(UUID id, String displayName) {
	}

	/**
	 * Enabled staff accounts holding {@code role} for the agency (or province-wide), by name: the
	 * people a dossier step can be assigned to.
	 */
	@Transactional(readOnly = true)
	public List<Officer> officers(Role role, UUID agencyId) {
		return jdbc.sql("""
				select distinct a.id, a.display_name from identity_account a
				  join identity_role_grant g on g.account_id = a.id
				 where g.role = ? and (g.agency_id = ? or g.agency_id is null) and a.enabled and a.kind = 'STAFF'
				 order by a.display_name, a.id""")
			.params(role.name(), agencyId)
			.query((rs, n) -> new Officer(rs.getObject(1, UUID.class), rs.getString(2)))
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return accounts.count();
	}

	private void save(Account account, String field) {
		try {
			accounts.save(account);
		}
		catch (DuplicateKeyException race) {
			// Two registrations of the same ID at the same moment: the unique index decides.
			throw new IdentityException(
					"citizenId".equals(field) ? "identity.register.duplicate" : "identity.username.taken", field);
		}
	}

	private static String describe(Set<RoleGrant> grants) {
		return grants.stream()
			.map(g -> g.role() + (g.agencyId() == null ? "" : "@" + g.agencyId()))
			.sorted()
			.collect(Collectors.joining(","));
	}

	private Instant now() {
		return Instant.now(clock);
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
