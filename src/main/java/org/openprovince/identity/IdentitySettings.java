package org.openprovince.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Identity settings ({@code openprovince.identity.*}).
 *
 * @param maxFailedLogins wrong passwords in a row before the account is locked
 * @param lockout how long a locked account stays locked
 */
@ConfigurationProperties("openprovince.identity")
record IdentitySettings(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
}
