package io.devicegate.service.commandrouter;

import java.time.Duration;

import org.infinispan.client.hotrod.RemoteCache;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** Keeps "device X is served by adapter instance Y" and "last known gateway" entries in the cache. */
public class CacheBasedDeviceConnectionInfo {

    private final RemoteCache<String, String> cache;
    private final Vertx vertx;

    public CacheBasedDeviceConnectionInfo(final RemoteCache<String, String> cache, final Vertx vertx) {
        this.cache = cache;
        this.vertx = vertx;
    }

    public Future<Void> setCommandHandlingAdapterInstance(final String tenantId, final String deviceId,
            final String adapterInstanceId, final Duration lifespan) {
        return Future.fromCompletionStage(cache.putAsync(key(tenantId, deviceId), adapterInstanceId,
                lifespan.toSeconds(), java.util.concurrent.TimeUnit.SECONDS), vertx.getOrCreateContext()).mapEmpty();
    }

    public Future<String> getCommandHandlingAdapterInstance(final String tenantId, final String deviceId) {
        return Future.fromCompletionStage(cache.getAsync(key(tenantId, deviceId)), vertx.getOrCreateContext());
    }

    private static String key(final String tenantId, final String deviceId) {
        return tenantId + "@@" + deviceId;
    }
}
