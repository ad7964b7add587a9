package io.tidewater.store.cart.service;

import io.tidewater.store.cart.model.ShoppingCart;
import io.tidewater.store.cart.model.ShoppingCartItem;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class PromoService {

    private static final Set<String> PROMO_ITEMS = Set.of("329299", "165954");

    @ConfigProperty(name = "tidewater.cart.promo.percent-off", defaultValue = "10")
    int percentOff;

    public double savings(ShoppingCart cart) {
        double saved = 0;
        for (ShoppingCartItem item : cart.getItems()) {
            if (PROMO_ITEMS.contains(item.getItemId())) {
                saved += item.getPrice() * item.getQuantity() * percentOff / 100.0;
            }
        }
        return Math.round(saved * 100) / 100.0;
    }
}
