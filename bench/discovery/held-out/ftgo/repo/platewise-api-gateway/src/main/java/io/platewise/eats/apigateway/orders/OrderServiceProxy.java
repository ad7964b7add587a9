package io.platewise.eats.apigateway.orders;

import org.springframework.http.HttpStatus;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

import java.util.Map;

public class OrderServiceProxy {

  private final OrderConfiguration.OrderDestinations orderDestinations;
  private final WebClient client;

  public OrderServiceProxy(OrderConfiguration.OrderDestinations orderDestinations, WebClient client) {
    this.orderDestinations = orderDestinations;
    this.client = client;
  }

  @SuppressWarnings("unchecked")
  public Mono<Map<String, Object>> findOrderById(String orderId) {
    return client
            .get()
            .uri(orderDestinations.getOrderServiceUrl() + "/orders/{orderId}", orderId)
            .retrieve()
            .onStatus(s -> s == HttpStatus.NOT_FOUND, resp -> Mono.error(new OrderNotFoundException()))
            .bodyToMono(Map.class)
            .map(m -> (Map<String, Object>) m);
  }

  public static class OrderNotFoundException extends RuntimeException {
  }
}
