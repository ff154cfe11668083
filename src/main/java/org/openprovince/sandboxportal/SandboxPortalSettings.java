package org.openprovince.sandboxportal;

import java.time.Duration;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the sandbox national portal ({@code openprovince.sandbox-portal.*}). The sync client's
 * {@code openprovince.national-sync.*} point at the same credentials and unit code.
 *
 * @param enabled whether the portal answers at all (off: its endpoint and pages are 404)
 * @param username the integration account LayToken accepts
 * @param password its password (a sandbox value, protects nothing real)
 * @param unitCode the province's identifier code ({@code madonvi}, e.g. {@code 000.00.00.H99}); dossier
 *        codes must carry a unit of the same level-1 body ({@code H99})
 * @param sessionTtl how long a session token stays valid
 * @param slowDelay default wait of each call in the SLOW mode
 * @param logSize how many requests the log keeps
 */
@ConfigurationProperties("openprovince.sandbox-portal")
record SandboxPortalSettings(@DefaultValue("false") boolean enabled, @DefaultValue("openprovince") String username,
		@DefaultValue("sandbox") String password, @DefaultValue("000.00.00.H99") String unitCode,
		@DefaultValue("1h") Duration sessionTtl, @DefaultValue("5s") Duration slowDelay,
		@DefaultValue("10000") int logSize) {

	static final Pattern UNIT_CODE = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$");

	SandboxPortalSettings {
		if (!UNIT_CODE.matcher(unitCode).matches()) {
			throw new IllegalStateException("openprovince.sandbox-portal.unit-code must be a unit identifier code like "
					+ "000.00.00.H99, not " + unitCode);
		}
		if (logSize < 100) {
			throw new IllegalStateException("openprovince.sandbox-portal.log-size must be at least 100");
		}
	}

	/** The level-1 body of the province ({@code H99} of {@code 000.00.00.H99}). */
	String province() {
		return unitCode.substring(unitCode.lastIndexOf('.') + 1);
	}
}
