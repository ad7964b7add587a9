package com.driftwoodgoods.cart.repository;

import java.util.List;
import java.util.Optional;

public interface CartRepository {

    record CartItem(String customerId, String itemId, int quantity, int unitPrice) {}

    List<CartItem> items(String customerId);

    Optional<CartItem> item(String customerId, String itemId);

    CartItem add(String customerId, String itemId, int quantity, int unitPrice);

    CartItem update(String customerId, String itemId, int quantity);

    void deleteItem(String customerId, String itemId);

    void deleteCart(String customerId);
}
