package org.openprovince.storage;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The file store: S3-compatible when {@code openprovince.storage.s3.endpoint} is set, a local directory otherwise. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageSettings.class)
class StorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

	@Bean
	FileStorage fileStorage(StorageSettings settings, Clock clock) {
		if (settings.s3().configured()) {
			log.info("Uploaded files go to bucket {} at {}", settings.s3().bucket(), settings.s3().endpoint());
			return new S3FileStorage(settings.s3(), clock);
		}
		log.info("Uploaded files go to {}", settings.dir().toAbsolutePath().normalize());
		return new LocalFileStorage(settings.dir(), clock);
	}

	@Bean
	UploadInspector uploadInspector(StorageSettings settings) {
		return new UploadInspector(settings.maxUploadSize());
	}
}
