package org.openprovince.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.openprovince.organization.Organization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier events on Kafka, only when {@code openprovince.integration.kafka.enabled} is true:
 * otherwise none of these beans exists, no topic is declared and no Kafka client ever connects
 * (Spring Boot's Kafka beans are created but stay idle).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("openprovince.integration.kafka.enabled")
@EnableScheduling
class KafkaConfiguration {

	private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

	/** Listener ids in the registry start with the listener's class name. */
	private static final String LISTENER = DossierEventPublisher.class.getName() + ".";

	/** Every acknowledged message written to all in-sync replicas, once; a send gives up within the timeout. */
	@Bean
	DefaultKafkaProducerFactoryCustomizer dossierEventsProducer(IntegrationSettings settings) {
		long timeout = settings.kafka().sendTimeout().toMillis();
		// delivery.timeout.ms must cover linger.ms + request.timeout.ms; all within the listener's wait.
		return factory -> factory.updateConfigs(Map.of(ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true, ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2,
				ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) (timeout / 2), ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
				(int) timeout));
	}

	@Bean
	DossierEventPublisher dossierEventPublisher(KafkaTemplate<String, String> kafka, JsonMapper json,
			Organization organization, IntegrationSettings settings) {
		return new DossierEventPublisher(kafka, json, organization, settings.kafka());
	}

	@Bean
	NewTopic dossierReceivedTopic(IntegrationSettings settings) {
		return TopicBuilder.name(settings.kafka().topicPrefix() + "received").build();
	}

	@Bean
	NewTopic dossierStatusChangedTopic(IntegrationSettings settings) {
		return TopicBuilder.name(settings.kafka().topicPrefix() + "status-changed").build();
	}

	@Bean
	NewTopic dossierFinishedTopic(IntegrationSettings settings) {
		return TopicBuilder.name(settings.kafka().topicPrefix() + "finished").build();
	}

	@Bean
	KafkaRetry dossierEventsRetry(IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock) {
		return new KafkaRetry(incomplete, jdbc, clock);
	}

	/**
	 * Every minute, on every node, hands the events the broker did not acknowledge (broker down, node
	 * stopped mid-send) to the publisher again. Several nodes may send one event twice: consumers
	 * de-duplicate, as for any at-least-once delivery.
	 */
	record KafkaRetry(IncompleteEventPublications incomplete, JdbcClient jdbc, Clock clock) {

		@Scheduled(initialDelay = 1, fixedDelay = 1, timeUnit = java.util.concurrent.TimeUnit.MINUTES)
		void resend() {
			try {
				// The registry's API does not tell a publication's listener; its table does.
				Set<UUID> ours = new HashSet<>(jdbc.sql("""
						select id from event_publication
						 where completion_date is null and listener_id like ? and publication_date < ? limit 500""")
					.params(LISTENER + "%", clock.instant().minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC))
					.query(UUID.class)
					.list());
				if (!ours.isEmpty()) {
					log.info("Sending {} dossier event(s) to Kafka again", ours.size());
					incomplete.resubmitIncompletePublications(publication -> ours.contains(publication.getIdentifier()));
				}
			}
			catch (RuntimeException ex) {
				log.warn("Resending dossier events to Kafka failed: {}", ex.toString());
			}
		}
	}
}
