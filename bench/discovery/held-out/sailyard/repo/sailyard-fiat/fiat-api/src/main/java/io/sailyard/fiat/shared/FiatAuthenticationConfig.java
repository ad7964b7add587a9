package io.sailyard.fiat.shared;

import io.sailyard.kork.client.ServiceClientFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the fiat client into any service that imports this configuration. Turned on by
 * {@code services.fiat.enabled: true} in sailyard.yml; when off, every permission check is allowed.
 */
@Configuration
@ConditionalOnProperty("services.fiat.enabled")
public class FiatAuthenticationConfig {

  @Bean
  public FiatService fiatService(ServiceClientFactory clients) {
    return clients.create(FiatService.class, "fiat");
  }

  @Bean
  public FiatPermissionEvaluator fiatPermissionEvaluator(FiatService fiatService) {
    return new FiatPermissionEvaluator(fiatService);
  }

  /** Minimal evaluator: asks fiat for the user's permissions and caches nothing. */
  public static class FiatPermissionEvaluator {
    private final FiatService fiat;

    public FiatPermissionEvaluator(FiatService fiat) {
      this.fiat = fiat;
    }

    public boolean hasPermission(String user, String resourceName, String resourceType, String authorization) {
      try {
        return fiat.hasAuthorization(user, resourceType, resourceName, authorization)
            .execute()
            .isSuccessful();
      } catch (java.io.IOException e) {
        return false;
      }
    }
  }
}
