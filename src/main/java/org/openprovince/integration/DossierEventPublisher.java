package org.openprovince.integration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.openprovince.catalog.DvcqgStatus;
import org.openprovince.dossier.DossierFinished;
import org.openprovince.dossier.DossierReceived;
import org.openprovince.dossier.DossierStatusChanged;
import org.openprovince.organization.AgencyId;
import org.openprovince.organization.Organization;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.modulith.events.ApplicationModuleListener;

import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes the dossier events to Kafka for other provincial systems, as the versioned public schema of
 * docs/integration-api.md (never the module's internal records, never personal data), keyed by the
 * dossier code so that one dossier's messages stay in order on one partition.
 *
 * <p>Why a listener of our own rather than Spring Modulith's Kafka externalization: the messages are a
 * public contract that must not change when the dossier module's events do, they need the agency codes
 * looked up, and events without a code (online submissions not yet received) are left out. Being an
 * {@link ApplicationModuleListener}, each event is recorded in the event publication registry with the
 * dossier change and handed over after commit; a send that the broker does not acknowledge within
 * {@code send-timeout} fails the listener, the publication stays incomplete and
 * the platform's redelivery of incomplete publications hands it over again — at least once, so consumers de-duplicate on
 * ({@code type}, {@code dossierCode}, {@code at}).
 */
class DossierEventPublisher {

	static final int SCHEMA_VERSION = 1;

	static final String SCHEMA_HEADER = "openprovince-schema";

	private final KafkaOperations<String, String> kafka;

	private final JsonMapper json;

	private final Organization organization;

	private final IntegrationSettings.Kafka settings;

	DossierEventPublisher(KafkaOperations<String, String> kafka, JsonMapper json, Organization organization,
			IntegrationSettings.Kafka settings) {
		this.kafka = kafka;
		this.json = json;
		this.organization = organization;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void on(DossierReceived event) {
		send("received", event.code().value(),
				new Received(SCHEMA_VERSION, "dossier.received", event.code().value(), event.receivedAt(),
						event.procedureCode(), agency(event.receivingAgency()), agency(event.competentAgency()),
						event.channel().name(), event.receivedAt(), event.dueAt()));
	}

	@ApplicationModuleListener
	void on(DossierStatusChanged event) {
		if (event.code() == null) {
			return; // not received yet: no code to key by, and nothing another system can look up
		}
		send("status-changed", event.code().value(),
				new StatusChanged(SCHEMA_VERSION, "dossier.status-changed", event.code().value(), event.at(),
						event.from() == null ? null : status(event.from()), status(event.to()), event.procedureName(),
						event.dueAt()));
	}

	@ApplicationModuleListener
	void on(DossierFinished event) {
		send("finished", event.code().value(),
				new Finished(SCHEMA_VERSION, "dossier.finished", event.code().value(), event.finishedAt(),
						status(event.status()), event.refused(), event.receivedAt(), event.finishedAt(), event.dueAt(),
						event.onTime()));
	}

	private void send(String topic, String key, Object message) {
		var record = new ProducerRecord<>(settings.topicPrefix() + topic, key, json.writeValueAsString(message));
		record.headers().add(SCHEMA_HEADER, ("dossier." + topic + "/" + SCHEMA_VERSION).getBytes(StandardCharsets.UTF_8));
		try {
			kafka.send(record).get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while sending to Kafka", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			// Left incomplete in the registry: handed over again later.
			throw new IllegalStateException("Kafka did not acknowledge " + record.topic() + " " + key, ex);
		}
	}

	private Agency agency(AgencyId id) {
		return organization.findAgency(id)
			.map(agency -> new Agency(agency.code().value(), agency.name()))
			.orElse(new Agency(null, null));
	}

	private static Status status(DvcqgStatus status) {
		return new Status(status.code(), status.name());
	}

	/** {@code openprovince.dossier.received} v1. */
	record Received(int schemaVersion, String type, String dossierCode, Instant at, String procedureCode,
			Agency receivingAgency, Agency competentAgency, String channel, Instant receivedAt, Instant dueAt) {
	}

	/** {@code openprovince.dossier.status-changed} v1; {@code from} is {@code null} for a new dossier. */
	record StatusChanged(int schemaVersion, String type, String dossierCode, Instant at, @Nullable Status from,
			Status to, String procedureName, @Nullable Instant dueAt) {
	}

	/** {@code openprovince.dossier.finished} v1. */
	record Finished(int schemaVersion, String type, String dossierCode, Instant at, Status status, boolean refused,
			Instant receivedAt, Instant finishedAt, @Nullable Instant dueAt, boolean onTime) {
	}

	/** An agency by its identifier code and name ({@code null} both if unknown to the directory). */
	record Agency(@Nullable String code, @Nullable String name) {
	}

	/** A national status: number 1–10 and stable name. */
	record Status(int code, String name) {
	}
}
