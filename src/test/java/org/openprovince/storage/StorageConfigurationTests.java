package org.openprovince.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** Which store the configuration selects, and the upload limit it passes on. */
class StorageConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(StorageConfiguration.class)
		.withBean(Clock.class, Clock::systemUTC);

	@Test
	void aLocalDirectoryByDefault() {
		runner.withPropertyValues("openprovince.storage.dir=target/test-files").run(context -> {
			assertThat(context).getBean(FileStorage.class).isInstanceOf(LocalFileStorage.class);
			assertThat(context.getBean(UploadInspector.class).maxSize()).isEqualTo(DataSize.ofMegabytes(10));
		});
	}

	@Test
	void anS3CompatibleStoreWhenItsEndpointIsSet() {
		runner.withPropertyValues("openprovince.storage.s3.endpoint=http://127.0.0.1:9000",
				"openprovince.storage.s3.access-key=a", "openprovince.storage.s3.secret-key=b",
				"openprovince.storage.max-upload-size=4MB")
			.run(context -> {
				assertThat(context).getBean(FileStorage.class).isInstanceOf(S3FileStorage.class);
				assertThat(context.getBean(UploadInspector.class).maxSize()).isEqualTo(DataSize.ofMegabytes(4));
			});
	}
}
