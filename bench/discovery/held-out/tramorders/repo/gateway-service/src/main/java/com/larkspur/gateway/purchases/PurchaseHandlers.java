package com.larkspur.gateway.purchases;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

import java.util.Map;

/**
 * Handles GET /purchases/{id} in the gateway itself: fetches the purchase from purchase-service
 * and maps a 404 to a gateway 404 (the other purchase routes are plain proxy routes).
 */
public class PurchaseHandlers {

  private final PurchaseConfiguration.PurchaseDestinations destinations;
  private final WebClient webClient;

  public PurchaseHandlers(PurchaseConfiguration.PurchaseDestinations destinations, WebClient webClient) {
    this.destinations = destinations;
    this.webClient = webClient;
  }

  @SuppressWarnings("unchecked")
  public Mono<ServerResponse> getPurchaseDetails(ServerRequest serverRequest) {
    String purchaseId = serverRequest.pathVariable("purchaseId");

    Mono<Map> purchase = webClient
            .get()
            .uri(destinations.getPurchaseServiceUrl() + "/purchases/{purchaseId}", purchaseId)
            .retrieve()
            .onStatus(s -> s == HttpStatus.NOT_FOUND, resp -> Mono.error(new PurchaseNotFoundException()))
            .bodyToMono(Map.class);

    return purchase
            .flatMap(p -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(p))
            .onErrorResume(PurchaseNotFoundException.class, e -> ServerResponse.notFound().build());
  }

  static class PurchaseNotFoundException extends RuntimeException {
  }
}
