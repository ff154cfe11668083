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
 * @param catalogCache how long the Decision 766 indicators keep what they read from the catalog
 * (procedures in force, online levels, competent agencies: indicators 1.3, 3.0–3.2)
 */
@ConfigurationProperties("openprovince.indicators")
record IndicatorsSettings(@DefaultValue("2025") int firstYear, @DefaultValue("5m") Duration maxAge,
		@DefaultValue("10m") Duration catalogCache) {
}
