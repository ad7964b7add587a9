package io.lineagehub.gms.factory.telemetry;

import com.mixpanel.mixpanelapi.MessageBuilder;
import com.mixpanel.mixpanelapi.MixpanelAPI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Anonymous product telemetry; off when LINEAGEHUB_TELEMETRY_ENABLED=false. */
@Configuration
@ConditionalOnProperty(name = "telemetry.enabledServer", havingValue = "true")
public class MixpanelApiFactory {

  @Value("${telemetry.mixpanelEndpoint}")
  private String mixpanelEndpoint;

  @Value("${telemetry.mixpanelToken}")
  private String mixpanelToken;

  @Bean(name = "mixpanelApi")
  protected MixpanelAPI getInstance() {
    return new MixpanelAPI(mixpanelEndpoint, mixpanelEndpoint.replace("/track", "/engage"));
  }

  @Bean(name = "mixpanelMessageBuilder")
  protected MessageBuilder getMessageBuilder() {
    return new MessageBuilder(mixpanelToken);
  }
}
