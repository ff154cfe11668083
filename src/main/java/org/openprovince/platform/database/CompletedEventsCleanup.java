package org.openprovince.platform.database;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Keeps the event publication registry (our outbox) small: every dossier change is published to
 * several listeners (statistics, national sync, notices, Kafka), and a completed publication is only
 * useful for a while, to explain what happened. Hourly, on every node (deleting twice is harmless),
 * removes those completed more than {@code openprovince.events.keep-completed} ago (7 days by
 * default). Incomplete publications are never touched: they are the work still to do.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CompletedEventsCleanup implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(CompletedEventsCleanup.class);

	private final CompletedEventPublications completed;

	private final Duration keep;

	CompletedEventsCleanup(CompletedEventPublications completed,
			@Value("${openprovince.events.keep-completed:7d}") Duration keep) {
		this.completed = completed;
		this.keep = keep;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::clean, Duration.ofHours(1), Duration.ofMinutes(5)));
	}

	void clean() {
		try {
			completed.deletePublicationsOlderThan(keep);
		}
		catch (RuntimeException ex) {
			log.warn("Could not delete old completed event publications: {}", ex.toString());
		}
	}
}
