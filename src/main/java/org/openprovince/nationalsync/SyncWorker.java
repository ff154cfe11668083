package org.openprovince.nationalsync;

import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Every {@code openprovince.national-sync.interval}, on every node, and right after a change was recorded
 * ({@link #nudge()}), pushes the due dossiers batch after batch until none is due. One run at a time per
 * node; several nodes share the work through the row locks.
 */
@Component
class SyncWorker implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(SyncWorker.class);

	/** Batches per run at most, so that one run never holds the scheduler for long. */
	static final int MAX_BATCHES = 50;

	private final SyncPusher pusher;

	private final PortalClient portal;

	private final NationalSyncSettings settings;

	private final AtomicBoolean running = new AtomicBoolean();

	private final AtomicBoolean again = new AtomicBoolean();

	SyncWorker(SyncPusher pusher, PortalClient portal, NationalSyncSettings settings) {
		this.pusher = pusher;
		this.portal = portal;
		this.settings = settings;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::run, settings.interval(), settings.interval()));
	}

	/** Starts a run soon on a virtual thread, without waiting for the schedule (coalesced with a running one). */
	void nudge() {
		if (settings.enabled() && portal.ready()) {
			Thread.ofVirtual().name("national-sync-nudge").start(this::run);
		}
	}

	/** @return how many dossiers were handled */
	int run() {
		if (!settings.enabled() || !portal.ready()) {
			return 0;
		}
		if (!running.compareAndSet(false, true)) {
			again.set(true);
			return 0;
		}
		int handled = 0;
		try {
			do {
				again.set(false);
				for (int batch = 0; batch < MAX_BATCHES; batch++) {
					int claimed = pusher.pushDue(settings.batchSize());
					handled += claimed;
					if (claimed < settings.batchSize()) {
						break;
					}
				}
			}
			while (again.get());
		}
		catch (RuntimeException ex) {
			// Database unavailable, typically; the next run tries again.
			log.warn("National sync run stopped after {} dossier(s): {}", handled, ex.toString());
		}
		finally {
			running.set(false);
		}
		return handled;
	}
}
