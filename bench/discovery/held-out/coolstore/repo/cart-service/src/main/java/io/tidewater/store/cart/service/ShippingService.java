package io.tidewater.store.cart.service;

import io.tidewater.store.cart.model.ShoppingCart;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class ShippingService {

    @ConfigProperty(name = "tidewater.cart.free-shipping-threshold", defaultValue = "75")
    double freeShippingThreshold;

    public double calculateShipping(ShoppingCart cart) {
        double subtotal = cart.getItems().stream().mapToDouble(i -> i.getPrice() * i.getQuantity()).sum();
        if (subtotal == 0 || subtotal >= freeShippingThreshold) {
            return 0;
        }
        if (subtotal < 25) {
            return 4.99;
        }
        return 6.99;
    }
}
