package com.larkspur.gateway.purchases;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

@Configuration
@EnableConfigurationProperties(PurchaseConfiguration.PurchaseDestinations.class)
public class PurchaseConfiguration {

  @Bean
  public RouteLocator purchaseProxyRouting(RouteLocatorBuilder builder, PurchaseDestinations destinations) {
    return builder.routes()
            .route(r -> r.path("/purchases").and().method("POST").uri(destinations.getPurchaseServiceUrl()))
            .route(r -> r.path("/purchases/{purchaseId}/cancel").and().method("POST").uri(destinations.getPurchaseServiceUrl()))
            .route(r -> r.path("/patrons/{patronId}/purchasehistory").and().method("GET")
                    .uri(destinations.getPurchaseHistoryServiceUrl()))
            .build();
  }

  @Bean
  public RouterFunction<ServerResponse> purchaseHandlerRouting(PurchaseHandlers purchaseHandlers) {
    return route(GET("/purchases/{purchaseId}"), purchaseHandlers::getPurchaseDetails);
  }

  @Bean
  public PurchaseHandlers purchaseHandlers(PurchaseDestinations destinations, WebClient webClient) {
    return new PurchaseHandlers(destinations, webClient);
  }

  @Bean
  public WebClient webClient(WebClient.Builder builder) {
    return builder.build();
  }

  @ConfigurationProperties(prefix = "purchase.destinations")
  public static class PurchaseDestinations {

    private String purchaseServiceUrl;
    private String purchaseHistoryServiceUrl;

    public String getPurchaseServiceUrl() { return purchaseServiceUrl; }
    public void setPurchaseServiceUrl(String purchaseServiceUrl) { this.purchaseServiceUrl = purchaseServiceUrl; }
    public String getPurchaseHistoryServiceUrl() { return purchaseHistoryServiceUrl; }
    public void setPurchaseHistoryServiceUrl(String url) { this.purchaseHistoryServiceUrl = url; }
  }
}
