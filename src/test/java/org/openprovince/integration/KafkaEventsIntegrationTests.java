package org.openprovince.integration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.openprovince.catalog.Channel;
import org.openprovince.catalog.ProcedureId;
import org.openprovince.dossier.DossierCode;
import org.openprovince.dossier.DossierId;
import org.openprovince.dossier.DossierReceived;
import org.openprovince.organization.AgencySummary;
import org.openprovince.organization.Organization;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier events on a real (embedded KRaft) Kafka broker: a dossier received in a committed
 * transaction becomes one message on {@code openprovince.dossier.received}, keyed by the dossier code,
 * with the versioned public JSON.
 */
@SpringBootTest(properties = { "openprovince.integration.kafka.enabled=true",
		"spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}" })
@EmbeddedKafka(partitions = 1)
class KafkaEventsIntegrationTests {

	static final String TOPIC = "openprovince.dossier.received";

	@Autowired
	EmbeddedKafkaBroker broker;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	Organization organization;

	@Test
	void publishesAReceivedDossierKeyedByItsCodeAsVersionedJson() {
		List<AgencySummary> agencies = organization.currentAgencies(LocalDate.now());
		AgencySummary receiving = agencies.getFirst();
		AgencySummary competent = agencies.getLast();
		// A reception date no demo dossier has: 31/12/2099.
		var code = new DossierCode(receiving.code().value() + "-991231-"
				+ String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10_000)));
		var received = new DossierReceived(new DossierId(UUID.randomUUID()), code, new ProcedureId(UUID.randomUUID()),
				"1.000948", receiving.id(), competent.id(), Channel.ONLINE, Instant.parse("2026-11-20T02:00:00Z"),
				Instant.parse("2026-11-25T10:00:00Z"));

		tx.executeWithoutResult(status -> events.publishEvent(received));

		ConsumerRecord<String, String> message = consume(code.value());
		assertThat(new String(message.headers().lastHeader(DossierEventPublisher.SCHEMA_HEADER).value(),
				StandardCharsets.UTF_8)).isEqualTo("dossier.received/1");
		String json = message.value();
		assertThat((Integer) JsonPath.read(json, "$.schemaVersion")).isEqualTo(1);
		assertThat((String) JsonPath.read(json, "$.type")).isEqualTo("dossier.received");
		assertThat((String) JsonPath.read(json, "$.dossierCode")).isEqualTo(code.value());
		assertThat((String) JsonPath.read(json, "$.procedureCode")).isEqualTo("1.000948");
		assertThat((String) JsonPath.read(json, "$.receivingAgency.code")).isEqualTo(receiving.code().value());
		assertThat((String) JsonPath.read(json, "$.competentAgency.name")).isEqualTo(competent.name());
		assertThat((String) JsonPath.read(json, "$.channel")).isEqualTo("ONLINE");
		assertThat((String) JsonPath.read(json, "$.receivedAt")).isEqualTo("2026-11-20T02:00:00Z");
		assertThat((String) JsonPath.read(json, "$.dueAt")).isEqualTo("2026-11-25T10:00:00Z");
		assertThat(json).doesNotContain(received.dossierId().value().toString());
	}

	/** Reads the topic from the start until the message keyed by {@code key} arrives (demo dossiers come first). */
	private ConsumerRecord<String, String> consume(String key) {
		var props = KafkaTestUtils.consumerProps(broker, "test-" + UUID.randomUUID(), false);
		props.put("auto.offset.reset", "earliest");
		props.put("key.deserializer", StringDeserializer.class);
		props.put("value.deserializer", StringDeserializer.class);
		try (Consumer<String, String> consumer = new DefaultKafkaConsumerFactory<String, String>(props).createConsumer()) {
			consumer.subscribe(List.of(TOPIC));
			Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
			List<String> seen = new ArrayList<>();
			while (Instant.now().isBefore(deadline)) {
				for (ConsumerRecord<String, String> record : KafkaTestUtils.getRecords(consumer, Duration.ofSeconds(2))) {
					if (key.equals(record.key())) {
						return record;
					}
					seen.add(record.key());
				}
			}
			throw new AssertionError("No message keyed " + key + " on " + TOPIC + "; saw " + seen.size() + " others");
		}
	}
}
