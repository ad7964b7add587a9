package com.driftwoodgoods.ui.services.carts;

import java.util.List;

import reactor.core.publisher.Mono;

public interface CartsService {

    record CartItem(String productId, String name, int quantity, int unitPrice) {
        public int total() {
            return quantity * unitPrice;
        }
    }

    record Cart(String customerId, List<CartItem> items) {
        public int subtotal() {
            return items.stream().mapToInt(CartItem::total).sum();
        }

        public int count() {
            return items.stream().mapToInt(CartItem::quantity).sum();
        }
    }

    Mono<Cart> getCart(String customerId);

    Mono<Void> addItem(String customerId, String productId, int quantity);

    Mono<Void> removeItem(String customerId, String productId);

    Mono<Void> deleteCart(String customerId);
}
