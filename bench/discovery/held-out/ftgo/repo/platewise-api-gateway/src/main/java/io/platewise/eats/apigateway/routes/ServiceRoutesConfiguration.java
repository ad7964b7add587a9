package io.platewise.eats.apigateway.routes;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Plain pass-through routes for the services that need no API composition. */
@Configuration
public class ServiceRoutesConfiguration {

  @Bean
  public RouteLocator consumerProxyRouting(RouteLocatorBuilder builder,
                                           @Value("${consumer.destinations.consumerServiceUrl}") String consumerServiceUrl) {
    return builder.routes()
            .route("consumers", r -> r.path("/consumers", "/consumers/**").uri(consumerServiceUrl))
            .build();
  }

  @Bean
  public RouteLocator restaurantProxyRouting(RouteLocatorBuilder builder,
                                             @Value("${restaurant.destinations.restaurantServiceUrl}") String restaurantServiceUrl) {
    return builder.routes()
            .route("restaurants", r -> r.path("/restaurants", "/restaurants/**").uri(restaurantServiceUrl))
            .build();
  }

  @Bean
  public RouteLocator kitchenProxyRouting(RouteLocatorBuilder builder,
                                          @Value("${kitchen.destinations.kitchenServiceUrl}") String kitchenServiceUrl) {
    return builder.routes()
            .route("tickets", r -> r.path("/tickets/**").and().method("POST").uri(kitchenServiceUrl))
            .build();
  }
}
