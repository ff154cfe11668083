package org.openprovince.integration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the integration API ({@code openprovince.integration.*}).
 *
 * @param tokenLifetime how long an access token is valid
 * @param defaultRateLimit requests per minute for a client registered without its own limit
 * @param kafka the dossier events on Kafka
 */
@ConfigurationProperties("openprovince.integration")
record IntegrationSettings(@DefaultValue("15m") Duration tokenLifetime, @DefaultValue("120") int defaultRateLimit,
		@DefaultValue Kafka kafka) {

	IntegrationSettings {
		if (tokenLifetime.compareTo(Duration.ofMinutes(1)) < 0 || tokenLifetime.compareTo(Duration.ofHours(1)) > 0) {
			throw new IllegalArgumentException("openprovince.integration.token-lifetime must be 1m–1h");
		}
		if (defaultRateLimit < 1) {
			throw new IllegalArgumentException("openprovince.integration.default-rate-limit must be at least 1");
		}
	}

	/**
	 * @param enabled whether dossier events go to Kafka; off, no Kafka client is created
	 * @param topicPrefix prefix of the topics: {@code <prefix>received}, {@code status-changed}, {@code finished}
	 * @param sendTimeout how long a send may wait for the broker before the event is left for a retry
	 */
	record Kafka(@DefaultValue("false") boolean enabled, @DefaultValue("openprovince.dossier.") String topicPrefix,
			@DefaultValue("10s") Duration sendTimeout) {
	}
}
