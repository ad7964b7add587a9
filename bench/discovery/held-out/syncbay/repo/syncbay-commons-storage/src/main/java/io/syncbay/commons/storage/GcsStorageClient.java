package io.syncbay.commons.storage;

import com.google.cloud.storage.BlobId;
import com.google.cloud.storage.BlobInfo;
import com.google.cloud.storage.Storage;
import com.google.cloud.storage.StorageOptions;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/** Used by Syncbay Cloud only. */
@Singleton
@Named("state")
@Requires(property = "syncbay.cloud.storage.type", value = "gcs")
public class GcsStorageClient implements StorageClient {
  private final Storage storage = StorageOptions.getDefaultInstance().getService();
  private final String bucket;

  public GcsStorageClient(final StorageConfig config) {
    this.bucket = config.bucket.state;
  }

  @Override
  public void write(final String id, final String document) {
    storage.create(BlobInfo.newBuilder(BlobId.of(bucket, id)).build(), document.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String read(final String id) {
    return new String(storage.readAllBytes(BlobId.of(bucket, id)), StandardCharsets.UTF_8);
  }

  @Override
  public void delete(final String id) {
    storage.delete(BlobId.of(bucket, id));
  }
}
