package io.launchpad.common.okhttp;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Records okhttp.requests timers tagged by downstream service; scraped via /prometheus. */
class MetricsInterceptor implements Interceptor {
  private final MeterRegistry registry;
  private final String serviceName;

  MetricsInterceptor(MeterRegistry registry, String serviceName) {
    this.registry = registry;
    this.serviceName = serviceName;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Timer.Sample sample = Timer.start(registry);
    int status = -1;
    try {
      Response response = chain.proceed(chain.request());
      status = response.code();
      return response;
    } finally {
      sample.stop(Timer.builder("okhttp.requests")
          .tag("requestHost", chain.request().url().host())
          .tag("service", serviceName)
          .tag("status", Integer.toString(status))
          .register(registry));
    }
  }
}
