package io.platewise.eats.apigateway.orders;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import javax.validation.constraints.NotNull;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

@Configuration
@EnableConfigurationProperties(OrderConfiguration.OrderDestinations.class)
public class OrderConfiguration {

  @Bean
  public RouteLocator orderProxyRouting(RouteLocatorBuilder builder, OrderDestinations orderDestinations) {
    return builder.routes()
            .route("create-order", r -> r.path("/orders").and().method("POST").uri(orderDestinations.getOrderServiceUrl()))
            .route("revise-order", r -> r.path("/orders/**").and().method("PUT", "POST").uri(orderDestinations.getOrderServiceUrl()))
            .route("order-history", r -> r.path("/orders").and().method("GET").uri(orderDestinations.getOrderHistoryServiceUrl()))
            .build();
  }

  @Bean
  public RouterFunction<ServerResponse> orderHandlerRouting(OrderHandlers orderHandlers) {
    return RouterFunctions.route(GET("/orders/{orderId}"), orderHandlers::getOrderDetails);
  }

  @Bean
  public WebClient webClient(WebClient.Builder builder) {
    return builder.build();
  }

  @Bean
  public OrderServiceProxy orderServiceProxy(OrderDestinations orderDestinations, WebClient client) {
    return new OrderServiceProxy(orderDestinations, client);
  }

  @Bean
  public OrderHandlers orderHandlers(OrderServiceProxy orderService,
                                     WebClient client,
                                     @Value("${kitchen.destinations.kitchenServiceUrl}") String kitchenServiceUrl,
                                     @Value("${delivery.destinations.deliveryServiceUrl}") String deliveryServiceUrl,
                                     @Value("${accounting.destinations.accountingServiceUrl}") String accountingServiceUrl) {
    return new OrderHandlers(orderService, client, kitchenServiceUrl, deliveryServiceUrl, accountingServiceUrl);
  }

  @ConfigurationProperties(prefix = "order.destinations")
  @Validated
  public static class OrderDestinations {

    @NotNull
    private String orderServiceUrl;

    @NotNull
    private String orderHistoryServiceUrl;

    public String getOrderServiceUrl() { return orderServiceUrl; }
    public void setOrderServiceUrl(String orderServiceUrl) { this.orderServiceUrl = orderServiceUrl; }

    public String getOrderHistoryServiceUrl() { return orderHistoryServiceUrl; }
    public void setOrderHistoryServiceUrl(String orderHistoryServiceUrl) { this.orderHistoryServiceUrl = orderHistoryServiceUrl; }
  }
}
