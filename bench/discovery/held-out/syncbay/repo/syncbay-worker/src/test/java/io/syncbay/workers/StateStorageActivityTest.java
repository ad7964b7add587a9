package io.syncbay.workers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.syncbay.commons.storage.MinioStorageClient;
import io.syncbay.workers.activities.StateStorageActivityImpl;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.MinIOContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

@Testcontainers
class StateStorageActivityTest {
  @Container
  static final MinIOContainer MINIO = new MinIOContainer("minio/minio:RELEASE.2023-11-20T22-40-07Z");

  @Test
  void roundTrip() {
    final S3Client s3 = S3Client.builder().endpointOverride(URI.create(MINIO.getS3URL()))
        .forcePathStyle(true).region(Region.US_EAST_1)
        .credentialsProvider(StaticCredentialsProvider.create(
            AwsBasicCredentials.create(MINIO.getUserName(), MINIO.getPassword()))).build();
    s3.createBucket(b -> b.bucket("test-state"));
    final var activity = new StateStorageActivityImpl(new MinioStorageClient(s3, "test-state"));
    final UUID id = UUID.randomUUID();
    activity.persistState(id, "{\"cursor\":42}");
    assertEquals("{\"cursor\":42}", activity.loadState(id));
  }
}
