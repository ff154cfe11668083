package org.openprovince.platform.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL ({@code openprovince.db.embedded.*}).
 *
 * @param dataDirectory where the cluster lives (kept across restarts)
 * @param temporary use a throw-away cluster shared by everything in this JVM instead (the test
 *     suite: started once per run, not once per test class)
 * @param durable whether commits must survive a power cut ({@code fsync} and
 *     {@code synchronous_commit} on). The embedded library turns both off by default; a user's data
 *     needs them on, the test suite may keep them off for speed.
 * @param port fixed port, or 0 to pick a free one
 * @param database name of the application database created inside the cluster
 */
@ConfigurationProperties("openprovince.db.embedded")
record DatabaseSettings(@DefaultValue("./data/postgres") Path dataDirectory, @DefaultValue("false") boolean temporary,
		@DefaultValue("true") boolean durable,
		@DefaultValue("0") int port, @DefaultValue("openprovince") String database) {
}
