package com.driftwoodgoods.ui.services.carts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.driftwoodgoods.ui.services.catalog.CatalogService;
import reactor.core.publisher.Mono;

public class MockCartsService implements CartsService {

    private final Map<String, List<CartItem>> carts = new ConcurrentHashMap<>();
    private final CatalogService catalog;

    public MockCartsService(CatalogService catalog) {
        this.catalog = catalog;
    }

    @Override
    public Mono<Cart> getCart(String customerId) {
        return Mono.just(new Cart(customerId, List.copyOf(carts.getOrDefault(customerId, List.of()))));
    }

    @Override
    public Mono<Void> addItem(String customerId, String productId, int quantity) {
        return catalog.product(productId).doOnNext(p -> carts
            .computeIfAbsent(customerId, k -> new ArrayList<>())
            .add(new CartItem(p.id(), p.name(), quantity, p.price()))).then();
    }

    @Override
    public Mono<Void> removeItem(String customerId, String productId) {
        carts.getOrDefault(customerId, new ArrayList<>()).removeIf(i -> i.productId().equals(productId));
        return Mono.empty();
    }

    @Override
    public Mono<Void> deleteCart(String customerId) {
        carts.remove(customerId);
        return Mono.empty();
    }
}
