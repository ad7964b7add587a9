package io.tidewater.store.cart.model;

import org.infinispan.protostream.annotations.ProtoFactory;
import org.infinispan.protostream.annotations.ProtoField;

public class ShoppingCartItem {

    private final String itemId;
    private final String name;
    private double price;
    private int quantity;

    @ProtoFactory
    public ShoppingCartItem(String itemId, String name, double price, int quantity) {
        this.itemId = itemId;
        this.name = name;
        this.price = price;
        this.quantity = quantity;
    }

    @ProtoField(number = 1)
    public String getItemId() { return itemId; }

    @ProtoField(number = 2)
    public String getName() { return name; }

    @ProtoField(number = 3, defaultValue = "0")
    public double getPrice() { return price; }

    @ProtoField(number = 4, defaultValue = "0")
    public int getQuantity() { return quantity; }

    public void setQuantity(int quantity) { this.quantity = quantity; }

    public void setPrice(double price) { this.price = price; }
}
