package io.tidewater.store.order;

import io.quarkus.mongodb.panache.PanacheMongoEntity;
import io.quarkus.mongodb.panache.common.MongoEntity;
import java.time.Instant;
import java.util.List;

@MongoEntity(collection = "orders")
public class Order extends PanacheMongoEntity {

    public String orderId;
    public String customerName;
    public String customerEmail;
    public double orderValue;
    public double retailPrice;
    public double discount;
    public double shippingFee;
    public String status;
    public Instant placedAt;
    public List<LineItem> items;

    public static class LineItem {
        public String itemId;
        public String name;
        public double price;
        public int quantity;
    }

    public static Order findByOrderId(String orderId) {
        return find("orderId", orderId).firstResult();
    }
}
