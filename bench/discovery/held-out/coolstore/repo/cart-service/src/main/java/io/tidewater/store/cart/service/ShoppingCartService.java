package io.tidewater.store.cart.service;

import io.quarkus.infinispan.client.Remote;
import io.tidewater.store.cart.client.CatalogService;
import io.tidewater.store.cart.model.Order;
import io.tidewater.store.cart.model.Product;
import io.tidewater.store.cart.model.ShoppingCart;
import io.tidewater.store.cart.model.ShoppingCartItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.infinispan.client.hotrod.RemoteCache;

@ApplicationScoped
public class ShoppingCartService {

    @Inject
    @Remote("cart")
    RemoteCache<String, ShoppingCart> carts;

    @Inject
    @RestClient
    CatalogService catalogService;

    // TODO(TWS-212): reserve stock on add-to-cart once inventory exposes a reservation endpoint
    // @Inject
    // @RestClient
    // InventoryService inventoryService;   // configKey = "inventory-service", http://inventory:8080

    @Inject
    ShippingService shippingService;

    @Inject
    PromoService promoService;

    @Inject
    OrderPublisher orderPublisher;

    public ShoppingCart getCart(String cartId) {
        ShoppingCart cart = carts.get(cartId);
        if (cart == null) {
            cart = new ShoppingCart(cartId);
            carts.put(cartId, cart);
        }
        return cart;
    }

    public ShoppingCart addItem(String cartId, String itemId, int quantity) {
        ShoppingCart cart = getCart(cartId);
        ShoppingCartItem existing = cart.getItems().stream()
            .filter(i -> i.getItemId().equals(itemId)).findFirst().orElse(null);
        if (existing != null) {
            existing.setQuantity(existing.getQuantity() + quantity);
        } else {
            Product product = catalogService.getProduct(itemId);
            cart.getItems().add(new ShoppingCartItem(itemId, product.name, product.price, quantity));
        }
        return save(cart);
    }

    public ShoppingCart removeItem(String cartId, String itemId, int quantity) {
        ShoppingCart cart = getCart(cartId);
        cart.getItems().removeIf(i -> {
            if (!i.getItemId().equals(itemId)) {
                return false;
            }
            i.setQuantity(i.getQuantity() - quantity);
            return i.getQuantity() <= 0;
        });
        return save(cart);
    }

    public Order checkout(String cartId, String customerName, String email, String card, String expDate) {
        ShoppingCart cart = getCart(cartId);
        Order order = new Order();
        order.orderId = UUID.randomUUID().toString();
        order.customerName = customerName;
        order.customerEmail = email;
        order.creditCardNumber = card;
        order.expDate = expDate;
        order.retailPrice = cart.getCartItemTotal();
        order.discount = cart.getCartItemPromoSavings();
        order.shippingFee = cart.getShippingTotal();
        order.orderValue = cart.getCartTotal();
        order.items = new ArrayList<>(cart.getItems());
        orderPublisher.publish(order);
        cart.clear();
        carts.put(cartId, cart);
        return order;
    }

    private ShoppingCart save(ShoppingCart cart) {
        cart.recalculate(shippingService.calculateShipping(cart), promoService.savings(cart));
        carts.put(cart.getCartId(), cart);
        return cart;
    }
}
