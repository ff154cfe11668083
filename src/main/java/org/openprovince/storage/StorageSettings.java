package org.openprovince.storage;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the file store ({@code openprovince.storage.*}).
 *
 * @param dir the local directory files go to when no S3 endpoint is set; outside the web root
 * @param maxUploadSize the largest file {@link UploadInspector} accepts
 * @param s3 the S3-compatible object store, used when its endpoint is set
 */
@ConfigurationProperties("openprovince.storage")
record StorageSettings(@DefaultValue("./data/files") Path dir, @DefaultValue("10MB") DataSize maxUploadSize,
		@DefaultValue S3 s3) {

	/**
	 * @param endpoint e.g. {@code https://s3.tinh.gov.vn}; blank: files stay in {@link #dir()}
	 * @param bucket the bucket, created beforehand by the operator
	 * @param region the region the server expects in signatures (S3-compatible servers accept any)
	 * @param accessKey access key id
	 * @param secretKey secret access key
	 * @param pathStyle {@code https://host/bucket/key} rather than {@code https://bucket.host/key}: what
	 * MinIO and most on-premises servers need
	 */
	record S3(@Nullable String endpoint, @DefaultValue("openprovince") String bucket,
			@DefaultValue("us-east-1") String region, @DefaultValue("") String accessKey,
			@DefaultValue("") String secretKey, @DefaultValue("true") boolean pathStyle) {

		boolean configured() {
			return StringUtils.hasText(endpoint);
		}
	}
}
