package org.openprovince.platform.database;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Looks after the event publication registry (our transactional outbox) for every module's listeners
 * (statistics, national sync, notices, Kafka), on every node:
 * <ul>
 * <li>every {@code openprovince.events.redelivery.interval} (1 minute), hands each event a listener did
 * not finish handling — it threw, found no database connection free in a burst, or its node stopped — to
 * it again, once the publication is older than {@code openprovince.events.redelivery.min-age} (2 minutes,
 * so one still being handled is left alone). Several nodes may resubmit the same one: every listener is
 * idempotent;</li>
 * <li>hourly, deletes the publications completed more than {@code openprovince.events.keep-completed}
 * ago (7 days): every dossier change reaches several listeners, and a completed publication only helps
 * explain what happened for a while. Incomplete ones are never deleted.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class EventPublicationJobs implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationJobs.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final Duration interval;

	private final Duration minAge;

	private final Duration keep;

	EventPublicationJobs(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			@Value("${openprovince.events.redelivery.interval:1m}") Duration interval,
			@Value("${openprovince.events.redelivery.min-age:2m}") Duration minAge,
			@Value("${openprovince.events.keep-completed:7d}") Duration keep) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.interval = interval;
		this.minAge = minAge;
		this.keep = keep;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::redeliver, interval, interval));
		registrar.addFixedDelayTask(new FixedDelayTask(this::clean, Duration.ofHours(1), Duration.ofMinutes(5)));
	}

	void redeliver() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(minAge);
		}
		catch (RuntimeException ex) {
			// Database unavailable, typically; the next run tries again.
			log.warn("Redelivery of unhandled events failed: {}", ex.toString());
		}
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
