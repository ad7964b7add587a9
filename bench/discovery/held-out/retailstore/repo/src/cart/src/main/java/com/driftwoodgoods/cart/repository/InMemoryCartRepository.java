package com.driftwoodgoods.cart.repository;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public class InMemoryCartRepository implements CartRepository {

    private final Map<String, Map<String, CartItem>> carts = new ConcurrentHashMap<>();

    private Map<String, CartItem> cart(String customerId) {
        return carts.computeIfAbsent(customerId, k -> new ConcurrentHashMap<>());
    }

    @Override
    public List<CartItem> items(String customerId) {
        return List.copyOf(cart(customerId).values());
    }

    @Override
    public Optional<CartItem> item(String customerId, String itemId) {
        return Optional.ofNullable(cart(customerId).get(itemId));
    }

    @Override
    public CartItem add(String customerId, String itemId, int quantity, int unitPrice) {
        return cart(customerId).merge(itemId, new CartItem(customerId, itemId, quantity, unitPrice),
            (a, b) -> new CartItem(customerId, itemId, a.quantity() + b.quantity(), b.unitPrice()));
    }

    @Override
    public CartItem update(String customerId, String itemId, int quantity) {
        return cart(customerId).computeIfPresent(itemId, (k, v) -> new CartItem(customerId, itemId, quantity, v.unitPrice()));
    }

    @Override
    public void deleteItem(String customerId, String itemId) {
        cart(customerId).remove(itemId);
    }

    @Override
    public void deleteCart(String customerId) {
        carts.remove(customerId);
    }
}
