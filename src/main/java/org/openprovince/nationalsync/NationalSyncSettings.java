package org.openprovince.nationalsync;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the national-portal sync ({@code openprovince.national-sync.*}).
 *
 * @param enabled whether the worker pushes; when off, changes are still recorded and wait
 * @param endpoint the URL every service is posted to; {@code self:/path} means this application's own server
 * (the built-in sandbox portal), resolved once the server listens
 * @param unitCode the province's unit code on the integration axis ({@code madonvi})
 * @param username account of the province on the portal ({@code LayToken})
 * @param password its password
 * @param publicBaseUrl address citizens reach this application at, for the links to result files
 * @param interval how often each node looks for dossiers due to be sent
 * @param batchSize how many dossiers one request carries (the protocol allows 1–100)
 * @param backoff delays between attempts after a failure
 * @param timeouts of the HTTP client
 */
@Validated
@ConfigurationProperties("openprovince.national-sync")
record NationalSyncSettings(@DefaultValue("true") boolean enabled,
		@DefaultValue("self:/sandbox/dvcqg/api") @NotBlank String endpoint,
		@DefaultValue("000.00.00.H99") @NotBlank String unitCode, @DefaultValue("openprovince") @NotBlank String username,
		@DefaultValue("") String password, @DefaultValue("http://localhost:8080") @NotBlank String publicBaseUrl,
		@DefaultValue("2s") @NotNull Duration interval, @DefaultValue("50") @Min(1) @Max(100) int batchSize,
		@DefaultValue @Valid Backoff backoff, @DefaultValue @Valid Timeouts timeouts) {

	/** The prefix of an endpoint on this application's own server. */
	static final String SELF = "self:";

	/**
	 * @param base delay after the first failure, doubled after each further one
	 * @param max the longest delay
	 */
	record Backoff(@DefaultValue("5s") @NotNull Duration base, @DefaultValue("15m") @NotNull Duration max) {
	}

	/**
	 * @param connect to open a connection
	 * @param read for the whole answer
	 */
	record Timeouts(@DefaultValue("5s") @NotNull Duration connect, @DefaultValue("30s") @NotNull Duration read) {
	}
}
