package org.openprovince.indicators;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the indicators module ({@code openprovince.indicators.*}).
 *
 * @param firstYear the earliest year offered on the statistics page (the province's first year on this
 * system)
 * @param maxAge how long browsers (and, for visitors without a session, shared caches) may keep the
 * statistics page and file; the figures change with every dossier received or finished
 * @param redelivery how dossier events this module failed to handle are handed to it again
 * @param catalogCache how long the Decision 766 indicators keep what they read from the catalog
 * (procedures in force, online levels, competent agencies: indicators 1.3, 3.0–3.2)
 */
@ConfigurationProperties("openprovince.indicators")
record IndicatorsSettings(@DefaultValue("2025") int firstYear, @DefaultValue("5m") Duration maxAge,
		@DefaultValue Redelivery redelivery, @DefaultValue("10m") Duration catalogCache) {

	/**
	 * @param interval how often each node looks for events left unhandled
	 * @param minAge how old an unhandled event must be, so one still being handled is left alone
	 */
	record Redelivery(@DefaultValue("5m") Duration interval, @DefaultValue("2m") Duration minAge) {
	}
}
