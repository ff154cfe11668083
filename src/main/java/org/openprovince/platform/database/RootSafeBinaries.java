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
 * Lets the embedded PostgreSQL start when the JVM runs as root, as it does on build machines and in
 * containers. PostgreSQL refuses to run as root ({@code initdb: cannot be run as root}) and the
 * embedded library has no option to run it as another user.
 *
 * <p>When (and only when) the process is root, the binaries are unpacked into a working directory
 * laid out exactly as the library expects ({@code PG-<md5 of the bundle>} with an {@code .exists}
 * marker), and {@code initdb} and {@code pg_ctl} are replaced by small scripts that hand the data
 * directory to the unprivileged {@code nobody} user and run the real program as that user with
 * {@code setpriv}. The server, started by {@code pg_ctl}, then runs as {@code nobody} too.
 */
final class RootSafeBinaries {

	private static final String UNPRIVILEGED_UID = "65534";
	private static final List<String> WRAPPED = List.of("initdb", "pg_ctl");

	private RootSafeBinaries() {
	}

	static void applyTo(EmbeddedPostgres.Builder builder) throws IOException {
		if (!isRoot()) {
			return;
		}
		Path workDir = Path.of(System.getProperty("java.io.tmpdir"), "openprovince-pg-root");
		prepare(workDir);
		builder.setOverrideWorkingDirectory(workDir.toFile());
	}

	static boolean isRoot() {
		return "Linux".equals(System.getProperty("os.name")) && "root".equals(System.getProperty("user.name"));
	}

	private static synchronized void prepare(Path workDir) throws IOException {
		byte[] bundle;
		try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", architecture())) {
			if (in == null) {
				throw new IOException("No PostgreSQL binaries for Linux " + architecture() + " on the classpath");
			}
			bundle = in.readAllBytes();
		}
		Path pgDir = workDir.resolve("PG-" + md5(bundle));
		if (Files.exists(pgDir.resolve(".exists"))) {
			return;
		}
		Path staging = Files.createTempDirectory(workDir.getParent(), "openprovince-pg-unpack");
		unpack(bundle, staging);
		for (String program : WRAPPED) {
			Path bin = staging.resolve("bin");
			Files.move(bin.resolve(program), bin.resolve(program + ".real"));
			Path wrapper = bin.resolve(program);
			Files.writeString(wrapper, wrapperScript(program), StandardCharsets.UTF_8);
			Files.setPosixFilePermissions(wrapper, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
		Files.createFile(staging.resolve(".exists"));
		Files.createDirectories(workDir);
		try {
			Files.move(staging, pgDir, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException raceOrExists) {
			if (!Files.exists(pgDir.resolve(".exists"))) {
				throw raceOrExists;
			}
		}
	}

	private static String wrapperScript(String program) {
		return """
				#!/bin/sh
				# OpenProvince: PostgreSQL refuses to run as root; hand the data directory to an
				# unprivileged user and run the real %1$s as that user.
				real="$(dirname "$0")/%1$s.real"
				if [ "$(id -u)" = 0 ]; then
				  prev=""
				  for arg in "$@"; do
				    if [ "$prev" = "-D" ]; then chown -R %2$s:%2$s "$arg"; chmod 0700 "$arg"; fi
				    prev="$arg"
				  done
				  exec setpriv --reuid=%2$s --regid=%2$s --clear-groups "$real" "$@"
				fi
				exec "$real" "$@"
				""".formatted(program, UNPRIVILEGED_UID);
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

	private static String architecture() {
		String arch = System.getProperty("os.arch");
		return "amd64".equals(arch) ? "x86_64" : arch;
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
