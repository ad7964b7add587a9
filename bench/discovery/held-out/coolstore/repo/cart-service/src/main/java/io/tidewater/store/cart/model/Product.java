package io.tidewater.store.cart.model;

/** Projection of the catalog's product JSON. */
public class Product {
    public String itemId;
    public String name;
    public String description;
    public double price;
}
