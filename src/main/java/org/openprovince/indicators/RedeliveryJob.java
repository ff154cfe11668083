package org.openprovince.indicators;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.openprovince.indicators.IndicatorsSettings.Redelivery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Every {@code openprovince.indicators.redelivery.interval}, on every node, hands the dossier events that
 * {@link DossierEventsListener} did not finish handling (no database connection free when a burst of
 * events arrived, the node stopped…) to it again, so that no dossier goes uncounted. Several nodes may
 * hand over the same event: the listener counts each dossier once however often it sees it.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RedeliveryJob implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(RedeliveryJob.class);

	/** Listener ids in the registry start with the listener's class name. */
	static final String LISTENER = DossierEventsListener.class.getName() + ".";

	private final IncompleteEventPublications incomplete;

	private final JdbcClient jdbc;

	private final Redelivery settings;

	private final Clock clock;

	RedeliveryJob(IncompleteEventPublications incomplete, JdbcClient jdbc, IndicatorsSettings settings, Clock clock) {
		this.incomplete = incomplete;
		this.jdbc = jdbc;
		this.settings = settings.redelivery();
		this.clock = clock;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(new FixedDelayTask(this::redeliver, settings.interval(), settings.interval()));
	}

	void redeliver() {
		try {
			// The registry's public API does not tell a publication's listener; its table does.
			Set<UUID> ours = new HashSet<>(jdbc.sql("""
					select id from event_publication
					 where completion_date is null and listener_id like :listener and publication_date < :before
					 limit 1000""")
				.param("listener", LISTENER + "%")
				.param("before", clock.instant().minus(settings.minAge()).atOffset(ZoneOffset.UTC))
				.query(UUID.class)
				.list());
			if (!ours.isEmpty()) {
				log.info("Handing {} unhandled dossier event(s) to the statistics again", ours.size());
				// Whatever their status: one whose listener found no database connection stays "published".
				incomplete.resubmitIncompletePublications(publication -> ours.contains(publication.getIdentifier()));
			}
		}
		catch (RuntimeException ex) {
			// Database unavailable, typically; the next run tries again.
			log.warn("Redelivery of unhandled dossier events failed: {}", ex.toString());
		}
	}
}
