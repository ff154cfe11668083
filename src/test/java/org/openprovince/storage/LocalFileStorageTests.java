package org.openprovince.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local-directory store, on a real file system. */
class LocalFileStorageTests extends FileStorageContract {

	@TempDir
	Path dir;

	@Override
	FileStorage storage() {
		return new LocalFileStorage(dir, CLOCK);
	}

	@Test
	void keepsEachFileAtItsKeyAndLeavesNoTemporaryFiles() throws IOException {
		StoredFile stored = storage().store(new byte[] { 9, 8, 7 }, "image/png");
		assertThat(dir.resolve(stored.key())).hasBinaryContent(new byte[] { 9, 8, 7 });
		try (Stream<Path> files = Files.walk(dir)) {
			assertThat(files.filter(Files::isRegularFile)).containsExactly(dir.resolve(stored.key()));
		}
	}
}
