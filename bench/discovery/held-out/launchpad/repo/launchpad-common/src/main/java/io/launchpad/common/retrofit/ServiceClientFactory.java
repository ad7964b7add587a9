package io.launchpad.common.retrofit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.launchpad.common.okhttp.OkHttpClientProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/**
 * Creates Retrofit clients for other Launchpad services. The base URL is always resolved from
 * {@code services.<name>.baseUrl}; there is no service discovery.
 */
@Component
public class ServiceClientFactory {
  private final Environment environment;
  private final OkHttpClientProvider clientProvider;
  private final ObjectMapper objectMapper;

  public ServiceClientFactory(
      Environment environment, OkHttpClientProvider clientProvider, ObjectMapper objectMapper) {
    this.environment = environment;
    this.clientProvider = clientProvider;
    this.objectMapper = objectMapper;
  }

  public String baseUrl(String serviceName) {
    String url = environment.getProperty("services." + serviceName + ".baseUrl");
    if (url == null) {
      throw new IllegalStateException("services." + serviceName + ".baseUrl is not configured");
    }
    return url.endsWith("/") ? url : url + "/";
  }

  public boolean isEnabled(String serviceName) {
    return environment.getProperty("services." + serviceName + ".enabled", Boolean.class, true);
  }

  public <T> T create(Class<T> type, String serviceName) {
    return create(type, serviceName, baseUrl(serviceName));
  }

  public <T> T create(Class<T> type, String serviceName, String baseUrl) {
    return new Retrofit.Builder()
        .baseUrl(baseUrl)
        .client(clientProvider.getClient(serviceName))
        .addConverterFactory(JacksonConverterFactory.create(objectMapper))
        .build()
        .create(type);
  }
}
