package io.syncbay.commons.storage;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * storage.type selects the backend: minio (default for OSS), s3 or gcs.
 */
@ConfigurationProperties("syncbay.cloud.storage")
public class StorageConfig {
  public String type = "minio";
  public Buckets bucket = new Buckets();
  public Minio minio = new Minio();
  public S3 s3 = new S3();
  public Gcs gcs = new Gcs();

  public static class Buckets { public String log; public String state; public String workloadOutput; }
  public static class Minio { public String endpoint; public String accessKey; public String secretKey; }
  public static class S3 { public String region; public String accessKey; public String secretKey; }
  public static class Gcs { public String applicationCredentials; }
}
