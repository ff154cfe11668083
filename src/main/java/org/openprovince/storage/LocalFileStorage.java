package org.openprovince.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files in a local directory, outside the web root: {@code <dir>/yyyy/MM/<uuid>}. A file is written
 * to a temporary name in its final directory, forced to disk, then moved into place atomically, so a
 * reader never sees half a file and a power cut leaves either nothing or the whole file. Several
 * nodes may share the directory (NFS) since names never collide.
 */
final class LocalFileStorage implements FileStorage {

	private static final Logger log = LoggerFactory.getLogger(LocalFileStorage.class);

	private final Path root;

	private final Clock clock;

	LocalFileStorage(Path root, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.clock = clock;
	}

	@Override
	public StoredFile store(byte[] content, String contentType) {
		String key = StorageKeys.newKey(clock);
		Path target = path(key);
		Path directory = target.getParent();
		Path temporary = null;
		try {
			Files.createDirectories(directory);
			temporary = Files.createTempFile(directory, ".upload-", ".tmp");
			try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
				var buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
			temporary = null;
			forceDirectory(directory);
			return StorageKeys.describe(key, content, contentType);
		}
		catch (IOException ex) {
			throw StorageException.failed(ex);
		}
		finally {
			if (temporary != null) {
				deleteQuietly(temporary);
			}
		}
	}

	@Override
	public byte[] read(String key) {
		try {
			return Files.readAllBytes(path(key));
		}
		catch (NoSuchFileException ex) {
			throw StorageException.notFound(key);
		}
		catch (IOException ex) {
			throw StorageException.failed(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(path(key));
		}
		catch (IOException ex) {
			throw StorageException.failed(ex);
		}
	}

	private Path path(String key) {
		Path path = root.resolve(StorageKeys.checked(key)).normalize();
		if (!path.startsWith(root)) {
			// Unreachable with the key pattern; kept as a second lock on the door.
			throw new StorageException("storage.key.invalid");
		}
		return path;
	}

	/** Makes the new directory entry durable too (Linux, macOS); not possible on Windows, and harmless there. */
	private static void forceDirectory(Path directory) {
		try (var channel = FileChannel.open(directory, StandardOpenOption.READ)) {
			channel.force(true);
		}
		catch (IOException ex) {
			log.debug("Directory {} cannot be forced to disk on this platform", directory, ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not remove temporary upload {}", file, ex);
		}
	}
}
