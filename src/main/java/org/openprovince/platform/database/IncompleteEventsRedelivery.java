package org.openprovince.platform.database;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Hands every event a listener did not finish handling to it again — for every module's listeners
 * (statistics, national sync, notices, Kafka): the listener threw, found no database connection free
 * when a burst of events arrived, or its node stopped. Every {@code openprovince.events.redelivery.interval}
 * (1 minute by default), on every node, the publications incomplete for longer than
 * {@code openprovince.events.redelivery.min-age} (2 minutes, so one still being handled is left alone)
 * are resubmitted. Several nodes may resubmit the same one: every listener is idempotent.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class IncompleteEventsRedelivery implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(IncompleteEventsRedelivery.class);

	private final IncompleteEventPublications incomplete;

	private final Duration interval;

	private final Duration minAge;

	IncompleteEventsRedelivery(IncompleteEventPublications incomplete,
			@Value("${openprovince.events.redelivery.interval:1m}") Duration interval,
			@Value("${openprovince.events.redelivery.min-age:2m}") Duration minAge) {
		this.incomplete = incomplete;
		this.interval = interval;
		this.minAge = minAge;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::redeliver, interval, interval));
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
}
