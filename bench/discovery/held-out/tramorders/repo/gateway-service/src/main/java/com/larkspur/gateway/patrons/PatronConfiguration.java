package com.larkspur.gateway.patrons;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PatronConfiguration.PatronDestinations.class)
public class PatronConfiguration {

  @Bean
  public RouteLocator patronProxyRouting(RouteLocatorBuilder builder, PatronDestinations patronDestinations) {
    return builder.routes()
            .route(r -> r.path("/patrons").and().method("POST").uri(patronDestinations.getPatronServiceUrl()))
            .route(r -> r.path("/patrons/{patronId}").and().method("GET").uri(patronDestinations.getPatronServiceUrl()))
            .build();
  }

  @ConfigurationProperties(prefix = "patron.destinations")
  public static class PatronDestinations {

    private String patronServiceUrl;

    public String getPatronServiceUrl() {
      return patronServiceUrl;
    }

    public void setPatronServiceUrl(String patronServiceUrl) {
      this.patronServiceUrl = patronServiceUrl;
    }
  }
}
