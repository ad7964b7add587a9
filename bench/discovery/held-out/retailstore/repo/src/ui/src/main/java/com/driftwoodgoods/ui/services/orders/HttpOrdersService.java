package com.driftwoodgoods.ui.services.orders;

import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/** Reads order history from the orders API (src/orders) for the "My orders" page. */
public class HttpOrdersService implements OrdersService {

    private final WebClient client;

    public HttpOrdersService(WebClient client) {
        this.client = client;
    }

    @Override
    public Flux<OrderSummary> ordersForCustomer(String customerId) {
        return client.get()
            .uri(b -> b.path("/orders").queryParam("customerId", customerId).build())
            .retrieve()
            .bodyToFlux(OrderSummary.class);
    }
}
