package com.driftwoodgoods.ui.services.checkout;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;

public class MockCheckoutService implements CheckoutService {

    private final Map<String, CheckoutRequest> requests = new ConcurrentHashMap<>();

    private Checkout price(CheckoutRequest request) {
        int subtotal = request.items().stream().mapToInt(i -> i.price() * i.quantity()).sum();
        int shipping = request.deliveryOptionToken() == null ? 0 : 1000;
        int tax = subtotal / 20;
        return new Checkout(request,
            List.of(new ShippingOption("Standard", 1000, "standard", 5), new ShippingOption("Priority", 2500, "priority", 1)),
            0, subtotal, tax, shipping, subtotal + tax + shipping);
    }

    @Override
    public Mono<Checkout> get(String customerId) {
        return Mono.justOrEmpty(requests.get(customerId)).map(this::price);
    }

    @Override
    public Mono<Checkout> update(String customerId, CheckoutRequest request) {
        requests.put(customerId, request);
        return Mono.just(price(request));
    }

    @Override
    public Mono<SubmittedCheckout> submit(String customerId) {
        Checkout c = price(requests.remove(customerId));
        return Mono.just(new SubmittedCheckout(UUID.randomUUID().toString(), c.subtotal(), c.total()));
    }
}
