package io.platewise.eats.apigateway.orders;

import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;
import reactor.util.function.Tuple4;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * API composition: GET /orders/{orderId} joins the order with its ticket, delivery and
 * billing information. Missing parts degrade to empty sections instead of failing.
 */
public class OrderHandlers {

  private final OrderServiceProxy orderService;
  private final WebClient client;
  private final String kitchenServiceUrl;
  private final String deliveryServiceUrl;
  private final String accountingServiceUrl;

  public OrderHandlers(OrderServiceProxy orderService, WebClient client, String kitchenServiceUrl,
                       String deliveryServiceUrl, String accountingServiceUrl) {
    this.orderService = orderService;
    this.client = client;
    this.kitchenServiceUrl = kitchenServiceUrl;
    this.deliveryServiceUrl = deliveryServiceUrl;
    this.accountingServiceUrl = accountingServiceUrl;
  }

  public Mono<ServerResponse> getOrderDetails(ServerRequest serverRequest) {
    String orderId = serverRequest.pathVariable("orderId");

    Mono<Map<String, Object>> orderInfo = orderService.findOrderById(orderId);

    Mono<Optional<Map>> ticketInfo = fetch(kitchenServiceUrl + "/tickets/{orderId}", orderId);

    Mono<Optional<Map>> deliveryInfo = fetch(deliveryServiceUrl + "/deliveries/{orderId}", orderId);

    Mono<Optional<Map>> billInfo = orderInfo.flatMap(order ->
            fetch(accountingServiceUrl + "/accounts/{consumerId}", String.valueOf(order.get("consumerId"))));

    return Mono.zip(orderInfo, ticketInfo, deliveryInfo, billInfo)
            .map(this::combine)
            .flatMap(details -> ServerResponse.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(BodyInserters.fromValue(details)))
            .onErrorResume(OrderServiceProxy.OrderNotFoundException.class, e -> ServerResponse.notFound().build());
  }

  private Mono<Optional<Map>> fetch(String uriTemplate, String id) {
    return client.get()
            .uri(uriTemplate, id)
            .retrieve()
            .bodyToMono(Map.class)
            .map(Optional::of)
            .onErrorReturn(Optional.empty());
  }

  private Map<String, Object> combine(Tuple4<Map<String, Object>, Optional<Map>, Optional<Map>, Optional<Map>> t) {
    Map<String, Object> details = new HashMap<>(t.getT1());
    details.put("ticket", t.getT2().orElse(Collections.emptyMap()));
    details.put("delivery", t.getT3().orElse(Collections.emptyMap()));
    details.put("bill", t.getT4().orElse(Collections.emptyMap()));
    return details;
  }
}
