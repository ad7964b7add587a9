package io.tidewater.store.cart.model;

import java.time.Instant;
import java.util.List;

/** Payload published on the "orders" topic. */
public class Order {
    public String orderId;
    public String customerName;
    public String customerEmail;
    public String creditCardNumber;
    public String expDate;
    public double orderValue;
    public double retailPrice;
    public double discount;
    public double shippingFee;
    public List<ShoppingCartItem> items;
    public Instant placedAt = Instant.now();
}
