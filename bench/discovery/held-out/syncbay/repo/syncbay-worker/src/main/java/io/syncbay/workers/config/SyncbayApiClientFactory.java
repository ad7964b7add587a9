package io.syncbay.workers.config;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Duration;
import okhttp3.OkHttpClient;

/** HTTP clients for the internal syncbay-server API and the workload API. */
@Factory
public class SyncbayApiClientFactory {

  @Singleton
  @Named("internalApiHttpClient")
  public OkHttpClient internalApiHttpClient(
      @Value("${syncbay.internal-api.connect-timeout-seconds}") final long connectTimeout,
      @Value("${syncbay.internal-api.read-timeout-seconds}") final long readTimeout) {
    return new OkHttpClient.Builder()
        .connectTimeout(Duration.ofSeconds(connectTimeout))
        .readTimeout(Duration.ofSeconds(readTimeout))
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("X-Syncbay-Internal", "worker").build()))
        .build();
  }

  @Singleton
  public SyncbayInternalApi syncbayInternalApi(@Named("internalApiHttpClient") final OkHttpClient client,
                                               @Value("${syncbay.internal-api.base-path}") final String basePath) {
    return new SyncbayInternalApi(client, basePath);
  }
}
