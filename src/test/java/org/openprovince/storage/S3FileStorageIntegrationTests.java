package org.openprovince.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The S3-compatible store against a real S3-protocol server in this JVM (S3Proxy on its in-memory
 * blob store, signatures checked), over HTTP on the loopback address.
 */
class S3FileStorageIntegrationTests extends FileStorageContract {

	@RegisterExtension
	static final S3ProxyExtension S3_PROXY = S3ProxyExtension.builder().withCredentials("op-access", "op-secret").build();

	private static final String BUCKET = "openprovince-test";

	private S3FileStorage storage;

	private S3Client operator;

	@BeforeEach
	void createBucket() {
		operator = S3Client.builder()
			.endpointOverride(S3_PROXY.getUri())
			.region(Region.US_EAST_1)
			.forcePathStyle(true)
			.credentialsProvider(StaticCredentialsProvider
				.create(AwsBasicCredentials.create(S3_PROXY.getAccessKey(), S3_PROXY.getSecretKey())))
			.httpClientBuilder(UrlConnectionHttpClient.builder())
			.build();
		operator.createBucket(create -> create.bucket(BUCKET));
		storage = new S3FileStorage(settings(S3_PROXY.getSecretKey()), CLOCK);
	}

	@AfterEach
	void close() {
		storage.close();
		operator.close();
	}

	@Override
	FileStorage storage() {
		return storage;
	}

	@Test
	void keepsTheContentTypeAndFingerprintOnTheObject() {
		StoredFile stored = storage.store(new byte[] { 1, 2, 3, 4 }, "image/jpeg");
		var head = operator.headObject(request -> request.bucket(BUCKET).key(stored.key()));
		assertThat(head.contentType()).isEqualTo("image/jpeg");
		assertThat(head.contentLength()).isEqualTo(4);
		assertThat(head.metadata()).containsEntry("sha256", stored.sha256());
	}

	@Test
	void aStoreItCannotReachIsAVietnameseFailureNotAnSdkError() {
		try (var wrong = new S3FileStorage(settings("wrong-secret"), CLOCK)) {
			assertThatThrownBy(() -> wrong.store(new byte[] { 1 }, "image/png")).isInstanceOf(StorageException.class)
				.hasMessage("Không lưu hoặc đọc được tệp đính kèm do kho lưu trữ đang gặp sự cố. Vui lòng thử lại sau ít phút.")
				.hasRootCauseInstanceOf(software.amazon.awssdk.services.s3.model.S3Exception.class);
		}
	}

	private static StorageSettings.S3 settings(String secretKey) {
		return new StorageSettings.S3(S3_PROXY.getUri().toString(), BUCKET, "us-east-1", S3_PROXY.getAccessKey(),
				secretKey, true);
	}
}
