package io.syncbay.workers.activities;

import io.syncbay.commons.storage.StorageClient;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.UUID;

/** Persists connection state blobs into the state bucket (MinIO in OSS). */
@Singleton
public class StateStorageActivityImpl implements StateStorageActivityImpl.StateStorageActivity {

  @ActivityInterface
  public interface StateStorageActivity {
    @ActivityMethod
    void persistState(UUID connectionId, String state);

    @ActivityMethod
    String loadState(UUID connectionId);
  }

  private final StorageClient storage;

  public StateStorageActivityImpl(@Named("state") final StorageClient storage) {
    this.storage = storage;
  }

  @Override
  public void persistState(final UUID connectionId, final String state) {
    storage.write("state/" + connectionId + ".json", state);
  }

  @Override
  public String loadState(final UUID connectionId) {
    return storage.read("state/" + connectionId + ".json");
  }
}
