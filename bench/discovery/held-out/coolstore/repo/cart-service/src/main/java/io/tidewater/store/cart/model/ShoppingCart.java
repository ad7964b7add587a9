package io.tidewater.store.cart.model;

import java.util.ArrayList;
import java.util.List;
import org.infinispan.protostream.annotations.ProtoFactory;
import org.infinispan.protostream.annotations.ProtoField;

public class ShoppingCart {

    private final String cartId;
    private final List<ShoppingCartItem> items;
    private double cartItemTotal;
    private double shippingTotal;
    private double cartItemPromoSavings;
    private double cartTotal;

    public ShoppingCart(String cartId) {
        this(cartId, new ArrayList<>(), 0, 0, 0, 0);
    }

    @ProtoFactory
    public ShoppingCart(String cartId, List<ShoppingCartItem> items, double cartItemTotal,
                        double shippingTotal, double cartItemPromoSavings, double cartTotal) {
        this.cartId = cartId;
        this.items = items;
        this.cartItemTotal = cartItemTotal;
        this.shippingTotal = shippingTotal;
        this.cartItemPromoSavings = cartItemPromoSavings;
        this.cartTotal = cartTotal;
    }

    @ProtoField(number = 1)
    public String getCartId() { return cartId; }

    @ProtoField(number = 2)
    public List<ShoppingCartItem> getItems() { return items; }

    @ProtoField(number = 3, defaultValue = "0")
    public double getCartItemTotal() { return cartItemTotal; }

    @ProtoField(number = 4, defaultValue = "0")
    public double getShippingTotal() { return shippingTotal; }

    @ProtoField(number = 5, defaultValue = "0")
    public double getCartItemPromoSavings() { return cartItemPromoSavings; }

    @ProtoField(number = 6, defaultValue = "0")
    public double getCartTotal() { return cartTotal; }

    public void recalculate(double shipping, double promoSavings) {
        this.cartItemTotal = items.stream().mapToDouble(i -> i.getPrice() * i.getQuantity()).sum();
        this.shippingTotal = shipping;
        this.cartItemPromoSavings = promoSavings;
        this.cartTotal = cartItemTotal + shippingTotal - cartItemPromoSavings;
    }

    public void clear() {
        items.clear();
        recalculate(0, 0);
    }
}
