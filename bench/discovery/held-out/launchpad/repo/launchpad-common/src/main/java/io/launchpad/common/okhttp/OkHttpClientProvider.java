package io.launchpad.common.okhttp;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.Map;
import okhttp3.Dispatcher;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Builds the shared OkHttpClient used for all internal Retrofit clients. */
@Component
public class OkHttpClientProvider {
  static final String HEADER_PREFIX = "X-LAUNCHPAD-";

  private final MeterRegistry registry;
  private final long connectTimeoutMs;
  private final long readTimeoutMs;
  private final boolean propagateHeaders;

  public OkHttpClientProvider(
      MeterRegistry registry,
      @Value("${okHttpClient.connectTimeoutMs:15000}") long connectTimeoutMs,
      @Value("${okHttpClient.readTimeoutMs:20000}") long readTimeoutMs,
      @Value("${okHttpClient.propagateLaunchpadHeaders:true}") boolean propagateHeaders) {
    this.registry = registry;
    this.connectTimeoutMs = connectTimeoutMs;
    this.readTimeoutMs = readTimeoutMs;
    this.propagateHeaders = propagateHeaders;
  }

  public OkHttpClient getClient(String serviceName) {
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequestsPerHost(100);
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectTimeout(Duration.ofMillis(connectTimeoutMs))
        .readTimeout(Duration.ofMillis(readTimeoutMs))
        .addInterceptor(new MetricsInterceptor(registry, serviceName));
    if (propagateHeaders) {
      builder.addInterceptor(launchpadHeaders());
    }
    return builder.build();
  }

  /**
   * Copies X-LAUNCHPAD-* request context (user, accounts, execution id) from the MDC onto every
   * outbound service-to-service call so downstream services can authorize on behalf of the user.
   */
  static Interceptor launchpadHeaders() {
    return chain -> {
      Request.Builder builder = chain.request().newBuilder();
      Map<String, String> context = MDC.getCopyOfContextMap();
      if (context != null) {
        context.forEach((k, v) -> {
          if (k.toUpperCase().startsWith(HEADER_PREFIX) && v != null) {
            builder.header(k.toUpperCase(), v);
          }
        });
      }
      return chain.proceed(builder.build());
    };
  }
}
