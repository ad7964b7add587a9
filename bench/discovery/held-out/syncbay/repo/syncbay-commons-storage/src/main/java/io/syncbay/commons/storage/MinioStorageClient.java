package io.syncbay.commons.storage;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.DeleteObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

@Singleton
@Named("state")
@Requires(property = "syncbay.cloud.storage.type", value = "minio")
public class MinioStorageClient implements StorageClient {

  private final S3Client s3;
  private final String bucket;

  public MinioStorageClient(final StorageConfig config) {
    this.bucket = config.bucket.state;
    this.s3 = S3Client.builder()
        .endpointOverride(URI.create(config.minio.endpoint))
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(config.minio.accessKey, config.minio.secretKey)))
        .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
        .region(Region.US_EAST_1)
        .build();
  }

  public MinioStorageClient(final S3Client s3, final String bucket) {
    this.s3 = s3;
    this.bucket = bucket;
  }

  @Override
  public void write(final String id, final String document) {
    s3.putObject(PutObjectRequest.builder().bucket(bucket).key(id).build(), RequestBody.fromString(document));
  }

  @Override
  public String read(final String id) {
    return s3.getObjectAsBytes(GetObjectRequest.builder().bucket(bucket).key(id).build()).asUtf8String();
  }

  @Override
  public void delete(final String id) {
    s3.deleteObject(DeleteObjectRequest.builder().bucket(bucket).key(id).build());
  }

  public S3Client raw() {
    return s3;
  }
}
