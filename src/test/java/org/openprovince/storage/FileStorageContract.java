package org.openprovince.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link FileStorage} does, run against each real implementation: keys generated in the
 * Vietnamese month, bytes back exactly, fingerprint, unknown and malformed keys refused in Vietnamese.
 */
abstract class FileStorageContract {

	/** 30/11/2026 18:00 UTC is already 1 December in Vietnam. */
	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T18:00:00Z"), ZoneOffset.UTC);

	/** The implementation under test, on {@link #CLOCK}. */
	abstract FileStorage storage();

	@Test
	void storesAndReadsBackTheSameBytes() throws Exception {
		byte[] content = UploadInspectorTests.pdf(null, null);
		StoredFile stored = storage().store(content, "application/pdf");
		assertThat(stored.key()).matches("2026/12/[0-9a-f-]{36}");
		assertThat(stored.size()).isEqualTo(content.length);
		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(storage().read(stored.key())).isEqualTo(content);
	}

	@Test
	void fingerprintsTheContentWithSha256() {
		StoredFile stored = storage().store("abc".getBytes(StandardCharsets.US_ASCII), "text/plain");
		assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}

	@Test
	void everyFileGetsItsOwnKeyEvenWhenStoredConcurrently() throws Exception {
		try (var pool = Executors.newFixedThreadPool(4)) {
			var futures = new ArrayList<Future<StoredFile>>();
			for (int i = 0; i < 20; i++) {
				byte[] content = ("tệp " + i).getBytes(StandardCharsets.UTF_8);
				futures.add(pool.submit(() -> storage().store(content, "text/plain")));
			}
			var keys = new HashSet<String>();
			for (int i = 0; i < futures.size(); i++) {
				StoredFile stored = futures.get(i).get();
				keys.add(stored.key());
				assertThat(new String(storage().read(stored.key()), StandardCharsets.UTF_8)).isEqualTo("tệp " + i);
			}
			assertThat(keys).hasSize(20);
		}
	}

	@Test
	void aDeletedFileIsGoneAndDeletingTwiceIsHarmless() {
		StoredFile stored = storage().store(new byte[] { 1, 2, 3 }, "application/octet-stream");
		storage().delete(stored.key());
		storage().delete(stored.key());
		assertThatThrownBy(() -> storage().read(stored.key())).isInstanceOfSatisfying(StorageException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("storage.file.notFound"));
	}

	@Test
	void anUnknownKeyIsNotFoundInVietnamese() {
		String key = "2026/12/00000000-0000-4000-8000-000000000000";
		assertThatThrownBy(() -> storage().read(key)).isInstanceOf(StorageException.class)
			.hasMessage("Không tìm thấy tệp đính kèm (mã " + key + ").");
	}

	@ParameterizedTest
	@ValueSource(strings = { "../../etc/passwd", "/etc/passwd", "2026/12/../../../etc/passwd",
			"2026/12/00000000-0000-4000-8000-000000000000/../x", "2026\\12\\00000000-0000-4000-8000-000000000000",
			"2026/13/00000000-0000-4000-8000-000000000000", "2026/12/00000000-0000-4000-8000-00000000000A", "" })
	void refusesKeysItDidNotGenerate(String key) {
		assertThatThrownBy(() -> storage().read(key)).isInstanceOfSatisfying(StorageException.class,
				ex -> assertThat(ex.getMessage()).isEqualTo("Mã tệp đính kèm không hợp lệ."));
		assertThatThrownBy(() -> storage().delete(key)).isInstanceOf(StorageException.class);
	}
}
