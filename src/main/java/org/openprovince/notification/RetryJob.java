package org.openprovince.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code openprovince.notification.retry.interval}, on every node, sends the notices that are
 * due: failed ones whose next attempt has come, and pending ones their first sender never finished
 * (node stopped). Rows locked by another node are skipped, not waited for.
 */
@Component
class RetryJob implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(RetryJob.class);

	/** Upper bound of sends per run, so that one run never holds the scheduler for long. */
	static final int BATCH = 100;

	private final Postman postman;

	private final NotificationSettings settings;

	RetryJob(Postman postman, NotificationSettings settings) {
		this.postman = postman;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		var interval = settings.retry().interval();
		registrar.addFixedDelayTask(new FixedDelayTask(this::sendDue, interval, interval));
	}

	/** @return how many notices were attempted */
	int sendDue() {
		int attempted = 0;
		try {
			while (attempted < BATCH && postman.deliverNextDue()) {
				attempted++;
			}
		}
		catch (RuntimeException ex) {
			// Database unavailable, typically; the next run tries again.
			log.warn("Retry of due notices stopped after {}: {}", attempted, ex.toString());
		}
		return attempted;
	}
}
