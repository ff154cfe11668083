package org.openprovince.platform.database;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * Unpacks the PostgreSQL binaries of the embedded library into a working directory laid out exactly
 * as the library expects ({@code PG-<md5 of the bundle>} with an {@code .exists} marker), with a
 * small wrapper script in front of {@code pg_ctl}, for an orderly shutdown.
 *
 * <p>The library stops the server from its own JVM shutdown hook, which runs at the same time as
 * Spring's graceful shutdown: requests still running would lose their database. For a data
 * directory the application manages (marked with {@value #MANAGED_MARKER}), the wrapper ignores
 * that early {@code stop}; the application stops the server itself once its connection pool is
 * closed (environment {@value #REAL_STOP}=1). (Running as root is handled by the library, which
 * starts PostgreSQL in a user namespace with {@code unshare -U}.)
 */
final class PostgresBinaries {

	static final String MANAGED_MARKER = "openprovince-managed";
	static final String REAL_STOP = "OPENPROVINCE_PG_STOP";
	private static final List<String> WRAPPED = List.of("pg_ctl");

	private PostgresBinaries() {
	}

	/** Whether this platform gets the wrapped binaries (POSIX shells); elsewhere the library's own. */
	static boolean supported() {
		String os = System.getProperty("os.name", "");
		return os.startsWith("Linux") || os.startsWith("Mac");
	}

	/**
	 * Prepares the binaries and points the builder at them.
	 *
	 * @return the directory holding {@code bin/}
	 */
	static Path applyTo(EmbeddedPostgres.Builder builder) throws IOException {
		Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "openprovince-pg4-" + System.getProperty("user.name"));
		Path pgDir = prepare(workDir);
		builder.setOverrideWorkingDirectory(workDir.toFile());
		return pgDir;
	}

	private static synchronized Path prepare(Path workDir) throws IOException {
		byte[] bundle;
		try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(operatingSystem(), architecture())) {
			if (in == null) {
				throw new IOException("No PostgreSQL binaries for " + operatingSystem() + " " + architecture()
						+ " on the classpath");
			}
			bundle = in.readAllBytes();
		}
		Path pgDir = workDir.resolve("PG-" + md5(bundle));
		if (Files.exists(pgDir.resolve(".exists"))) {
			return pgDir;
		}
		Files.createDirectories(workDir);
		Path staging = Files.createTempDirectory(workDir, "unpack");
		unpack(bundle, staging);
		for (String program : WRAPPED) {
			Path bin = staging.resolve("bin");
			Files.move(bin.resolve(program), bin.resolve(program + ".real"));
			Path wrapper = bin.resolve(program);
			Files.writeString(wrapper, wrapperScript(program), StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		// Readable by the user namespace the library runs the server in under root.
		Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
		Files.createFile(staging.resolve(".exists"));
		try {
			Files.move(staging, pgDir, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException raceOrExists) {
			if (!Files.exists(pgDir.resolve(".exists"))) {
				throw raceOrExists;
			}
		}
		return pgDir;
	}

	private static String wrapperScript(String program) {
		return """
				#!/bin/sh
				# OpenProvince wrapper, see PostgresBinaries.java: a managed server is stopped by the application.
				real="$(dirname "$0")/%1$s.real"
				data="" action="" prev=""
				for arg in "$@"; do
				  if [ "$prev" = "-D" ]; then data="$arg"; fi
				  case "$arg" in start|stop|restart|status) action="$arg" ;; esac
				  prev="$arg"
				done
				if [ "$action" = stop ] && [ -z "${%2$s:-}" ] && [ -f "$data/%3$s" ]; then
				  exit 0
				fi
				exec "$real" "$@"
				""".formatted(program, REAL_STOP, MANAGED_MARKER);
	}

	private static void unpack(byte[] bundle, Path target) throws IOException {
		try (var tar = new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(bundle)))) {
			TarArchiveEntry entry;
			while ((entry = tar.getNextEntry()) != null) {
				Path path = target.resolve(entry.getName()).normalize();
				if (!path.startsWith(target)) {
					throw new IOException("Unexpected path in the PostgreSQL bundle: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(path);
				}
				else if (entry.isSymbolicLink() || entry.isLink()) {
					Files.createDirectories(path.getParent());
					Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
				}
				else {
					Files.createDirectories(path.getParent());
					Files.copy(tar, path);
					boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().startsWith("bin/")
							|| entry.getName().startsWith("./bin/");
					Files.setPosixFilePermissions(path,
							PosixFilePermissions.fromString(executable ? "rwxr-xr-x" : "rw-r--r--"));
				}
			}
		}
	}

	private static String operatingSystem() {
		return System.getProperty("os.name", "").startsWith("Mac") ? "Darwin" : "Linux";
	}

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch; // the embedded library's own naming
	}

	private static String md5(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
