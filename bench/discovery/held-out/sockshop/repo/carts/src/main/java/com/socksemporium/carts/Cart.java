package com.socksemporium.carts;

import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

@Document(collection = "carts")
public class Cart {
    @Id
    private String id;
    private String customerId;
    private List<Item> items = new ArrayList<>();

    public Cart() {}

    public Cart(String customerId) {
        this.customerId = customerId;
    }

    public String getId() { return id; }
    public String getCustomerId() { return customerId; }
    public List<Item> getItems() { return items; }

    public static class Item {
        private String itemId;
        private int quantity;
        private float unitPrice;

        public Item() {}

        public String getItemId() { return itemId; }
        public void setItemId(String itemId) { this.itemId = itemId; }
        public int getQuantity() { return quantity; }
        public void setQuantity(int quantity) { this.quantity = quantity; }
        public float getUnitPrice() { return unitPrice; }
        public void setUnitPrice(float unitPrice) { this.unitPrice = unitPrice; }
    }
}
