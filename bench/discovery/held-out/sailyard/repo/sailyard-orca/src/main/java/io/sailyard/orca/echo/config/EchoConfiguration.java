package io.sailyard.orca.echo.config;

import io.sailyard.kork.client.ServiceClientFactory;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * Orca publishes execution lifecycle events (orca:pipeline:starting, orca:stage:complete, ...) to echo,
 * which fans them out to notifications and downstream pipeline triggers.
 */
@Configuration
@ConditionalOnExpression("${services.echo.enabled:true}")
public class EchoConfiguration {

  @Bean
  public EchoService echoService(ServiceClientFactory clients) {
    return clients.create(EchoService.class, "echo");
  }

  public interface EchoService {
    @POST("/")
    Call<Void> recordEvent(@Body Map<String, Object> event);

    @POST("notifications")
    Call<Map<String, Object>> create(@Body Map<String, Object> notification);
  }
}
