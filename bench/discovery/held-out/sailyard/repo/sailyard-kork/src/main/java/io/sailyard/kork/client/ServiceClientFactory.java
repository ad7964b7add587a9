package io.sailyard.kork.client;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Builds Retrofit clients for other Sailyard services.
 *
 * <p>Endpoints are resolved from the shared {@code sailyard.yml} profile, which every service loads:
 *
 * <pre>
 * services:
 *   orca:
 *     baseUrl: http://orca:8083
 *     enabled: true
 * </pre>
 */
@Component
public class ServiceClientFactory {

  private final Environment environment;
  private final OkHttpClient okHttpClient;
  private final ObjectMapper objectMapper;

  public ServiceClientFactory(
      Environment environment,
      @Value("${ok-http-client.connect-timeout-ms:15000}") long connectTimeoutMs,
      @Value("${ok-http-client.read-timeout-ms:20000}") long readTimeoutMs) {
    this.environment = environment;
    this.okHttpClient =
        new OkHttpClient.Builder()
            .connectTimeout(Duration.ofMillis(connectTimeoutMs))
            .readTimeout(Duration.ofMillis(readTimeoutMs))
            .retryOnConnectionFailure(true)
            .addInterceptor(new RequestIdInterceptor())
            .build();
    this.objectMapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  }

  public ServiceEndpoint endpoint(String serviceName) {
    String baseUrl = environment.getProperty("services." + serviceName + ".baseUrl");
    boolean enabled =
        environment.getProperty("services." + serviceName + ".enabled", Boolean.class, true);
    if (baseUrl == null || baseUrl.isBlank()) {
      throw new IllegalStateException(
          "No baseUrl configured for service '" + serviceName + "' (services." + serviceName + ".baseUrl)");
    }
    return new ServiceEndpoint(serviceName, baseUrl, enabled);
  }

  public boolean isEnabled(String serviceName) {
    return environment.getProperty("services." + serviceName + ".enabled", Boolean.class, false);
  }

  public <T> T create(Class<T> type, String serviceName) {
    return create(type, endpoint(serviceName));
  }

  public <T> T create(Class<T> type, ServiceEndpoint endpoint) {
    Objects.requireNonNull(endpoint, "endpoint");
    String url = endpoint.getBaseUrl().endsWith("/") ? endpoint.getBaseUrl() : endpoint.getBaseUrl() + "/";
    return new Retrofit.Builder()
        .baseUrl(url)
        .client(okHttpClient)
        .addConverterFactory(JacksonConverterFactory.create(objectMapper))
        .build()
        .create(type);
  }

  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** Endpoint of one downstream service. */
  public static class ServiceEndpoint {
    private final String name;
    private final String baseUrl;
    private final boolean enabled;

    public ServiceEndpoint(String name, String baseUrl, boolean enabled) {
      this.name = name;
      this.baseUrl = baseUrl;
      this.enabled = enabled;
    }

    public String getName() { return name; }
    public String getBaseUrl() { return baseUrl; }
    public boolean isEnabled() { return enabled; }

    @Override
    public String toString() { return name + "(" + baseUrl + ")"; }
  }

  /** Static service map, used by tests and by gate's service listing endpoint. */
  @ConfigurationProperties(prefix = "services")
  public static class ServicesProperties extends java.util.LinkedHashMap<String, Map<String, Object>> {}

  /** Propagates X-SAILYARD-REQUEST-ID and X-SAILYARD-USER between services. */
  public static class RequestIdInterceptor implements Interceptor {
    public static final String REQUEST_ID = "X-SAILYARD-REQUEST-ID";
    public static final String USER = "X-SAILYARD-USER";

    @Override
    public Response intercept(Chain chain) throws IOException {
      Request.Builder b = chain.request().newBuilder();
      String requestId = MDC.get(REQUEST_ID);
      b.header(REQUEST_ID, requestId != null ? requestId : UUID.randomUUID().toString());
      String user = MDC.get(USER);
      if (user != null) {
        b.header(USER, user);
      }
      return chain.proceed(b.build());
    }
  }
}
