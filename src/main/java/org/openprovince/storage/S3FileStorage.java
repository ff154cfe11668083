package org.openprovince.storage;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files in a bucket of an S3-compatible object store (MinIO, Ceph, a government cloud's object
 * storage, AWS): object key = storage key. Each put is atomic on the server, so a reader never sees
 * half a file. Talks HTTP through the JDK ({@code url-connection-client}): no Netty, no Apache client.
 */
final class S3FileStorage implements FileStorage, AutoCloseable {

	private final S3Client s3;

	private final String bucket;

	private final Clock clock;

	S3FileStorage(StorageSettings.S3 settings, Clock clock) {
		this.bucket = settings.bucket();
		this.clock = clock;
		this.s3 = S3Client.builder()
			.endpointOverride(URI.create(settings.endpoint()))
			.region(Region.of(settings.region()))
			.credentialsProvider(
					StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
			.forcePathStyle(settings.pathStyle())
			// Checksums only where S3 requires them: many S3-compatible servers reject the newer trailers.
			.requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
			.responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
			.httpClientBuilder(UrlConnectionHttpClient.builder()
				.connectionTimeout(Duration.ofSeconds(5))
				.socketTimeout(Duration.ofSeconds(30)))
			.build();
	}

	@Override
	public StoredFile store(byte[] content, String contentType) {
		String key = StorageKeys.newKey(clock);
		StoredFile stored = StorageKeys.describe(key, content, contentType);
		try {
			s3.putObject(put -> put.bucket(bucket)
				.key(key)
				.contentType(contentType)
				.contentLength((long) content.length)
				.metadata(Map.of("sha256", stored.sha256())), RequestBody.fromBytes(content));
			return stored;
		}
		catch (SdkException ex) {
			throw StorageException.failed(ex);
		}
	}

	@Override
	public byte[] read(String key) {
		String checked = StorageKeys.checked(key);
		try {
			return s3.getObjectAsBytes(get -> get.bucket(bucket).key(checked)).asByteArray();
		}
		catch (NoSuchKeyException ex) {
			throw StorageException.notFound(key);
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				throw StorageException.notFound(key);
			}
			throw StorageException.failed(ex);
		}
		catch (SdkException ex) {
			throw StorageException.failed(ex);
		}
	}

	@Override
	public void delete(String key) {
		String checked = StorageKeys.checked(key);
		try {
			s3.deleteObject(delete -> delete.bucket(bucket).key(checked));
		}
		catch (SdkException ex) {
			throw StorageException.failed(ex);
		}
	}

	@Override
	public void close() {
		s3.close();
	}
}
