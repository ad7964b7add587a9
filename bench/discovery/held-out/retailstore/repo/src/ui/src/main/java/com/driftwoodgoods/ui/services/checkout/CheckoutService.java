package com.driftwoodgoods.ui.services.checkout;

import java.util.List;

import reactor.core.publisher.Mono;

public interface CheckoutService {

    record Item(String id, String name, int quantity, int price) {}

    record ShippingAddress(String firstName, String lastName, String email, String address1,
                           String address2, String city, String zip, String state) {}

    record CheckoutRequest(List<Item> items, ShippingAddress shippingAddress, String deliveryOptionToken) {}

    record ShippingOption(String name, int amount, String token, int estimatedDays) {}

    record Checkout(CheckoutRequest request, List<ShippingOption> shippingRates, int paymentToken,
                    int subtotal, int tax, int shipping, int total) {}

    record SubmittedCheckout(String orderId, int subtotal, int total) {}

    Mono<Checkout> get(String customerId);

    Mono<Checkout> update(String customerId, CheckoutRequest request);

    Mono<SubmittedCheckout> submit(String customerId);
}
