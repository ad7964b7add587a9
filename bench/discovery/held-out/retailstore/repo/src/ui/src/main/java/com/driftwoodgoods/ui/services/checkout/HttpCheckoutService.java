package com.driftwoodgoods.ui.services.checkout;

import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/** Client for the checkout API (src/checkout), which in turn creates the order in the orders service. */
public class HttpCheckoutService implements CheckoutService {

    private final WebClient client;

    public HttpCheckoutService(WebClient client) {
        this.client = client;
    }

    @Override
    public Mono<Checkout> get(String customerId) {
        return client.get().uri("/checkout/{customerId}", customerId).retrieve().bodyToMono(Checkout.class);
    }

    @Override
    public Mono<Checkout> update(String customerId, CheckoutRequest request) {
        return client.post().uri("/checkout/{customerId}/update", customerId)
            .bodyValue(request)
            .retrieve()
            .bodyToMono(Checkout.class);
    }

    @Override
    public Mono<SubmittedCheckout> submit(String customerId) {
        return client.post().uri("/checkout/{customerId}/submit", customerId)
            .retrieve()
            .bodyToMono(SubmittedCheckout.class);
    }
}
