package io.lineagehub.gms.factory.client;

import com.linkedin.restli.client.Client;
import io.lineagehub.entity.client.RestliEntityClient;
import io.lineagehub.entity.client.SystemRestliEntityClient;
import io.lineagehub.metadata.restli.DefaultRestliClientFactory;
import java.net.URI;
import javax.annotation.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Rest.li client pointing at GMS. Used by the standalone consumer jobs and the upgrade job;
 * inside GMS itself the Java entity client is used instead.
 */
@Configuration
public class RestliEntityClientFactory {

  @Value("${lineagehub.gms.host}")
  private String gmsHost;

  @Value("${lineagehub.gms.port}")
  private int gmsPort;

  @Value("${lineagehub.gms.useSSL}")
  private boolean gmsUseSSL;

  @Value("${lineagehub.gms.uri}")
  @Nullable
  private String gmsUri;

  @Bean("restliEntityClient")
  public RestliEntityClient getRestliEntityClient() {
    final Client restClient;
    if (gmsUri != null) {
      restClient = DefaultRestliClientFactory.getRestLiClient(URI.create(gmsUri), null);
    } else {
      restClient = DefaultRestliClientFactory.getRestLiClient(gmsHost, gmsPort, gmsUseSSL, null);
    }
    return new RestliEntityClient(restClient, 2, 0);
  }

  @Bean("systemRestliEntityClient")
  public SystemRestliEntityClient systemRestliEntityClient(
      @Value("${authentication.systemClientId}") String clientId,
      @Value("${authentication.systemClientSecret}") String clientSecret) {
    return new SystemRestliEntityClient(getRestliEntityClient(), clientId, clientSecret);
  }
}
