package org.openprovince.integration;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.openprovince.organization.Organization;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The dossier events on Kafka, only when {@code openprovince.integration.kafka.enabled} is true:
 * otherwise none of these beans exists, no topic is declared and no Kafka client ever connects
 * (Spring Boot's Kafka beans are created but stay idle). Events the broker did not acknowledge (broker
 * down, node stopped mid-send) are handed to the publisher again by the platform's redelivery of
 * incomplete event publications: at least once, consumers de-duplicate by key.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("openprovince.integration.kafka.enabled")
class KafkaConfiguration {

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

}
