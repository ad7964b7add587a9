package io.syncbay.server.handlers;

import io.syncbay.commons.storage.MinioStorageClient;
import io.syncbay.commons.storage.StorageConfig;
import jakarta.inject.Singleton;
import java.util.List;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/** Reads job attempt logs from the log bucket in MinIO. */
@Singleton
public class LogsHandler {
  private final MinioStorageClient storage;
  private final String logBucket;

  public LogsHandler(final MinioStorageClient storage, final StorageConfig config) {
    this.storage = storage;
    this.logBucket = config.bucket.log;
  }

  public List<String> getJobLogs(final long jobId, final int attempt) {
    final String prefix = "job-logging/workspace/" + jobId + "/" + attempt + "/";
    return storage.raw().listObjectsV2(ListObjectsV2Request.builder().bucket(logBucket).prefix(prefix).build())
        .contents().stream()
        .map(o -> storage.raw().getObjectAsBytes(GetObjectRequest.builder().bucket(logBucket).key(o.key()).build())
            .asUtf8String())
        .toList();
  }
}
