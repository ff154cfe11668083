package org.openprovince.identity;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Account aggregates. */
interface Accounts extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByUsername(String username);

	boolean existsByUsername(String username);

	boolean existsByStaffId(UUID staffId);

	long countByKind(AccountKind kind);

	/**
	 * Counts a failed login atomically (two wrong passwords at the same moment both count) and locks
	 * the account once the limit is reached. Returns the new count, or nothing for an unknown user.
	 */
	@Query("""
			update identity_account
			   set failed_logins = failed_logins + 1,
			       locked_until = case when failed_logins + 1 >= :limit then :lockUntil else locked_until end
			 where username = :username
			returning failed_logins""")
	Optional<Integer> countFailedLogin(String username, int limit, java.sql.Timestamp lockUntil);

	@Modifying
	@Query("update identity_account set failed_logins = 0, locked_until = null where username = :username and (failed_logins <> 0 or locked_until is not null)")
	int resetFailedLogins(String username);
}
