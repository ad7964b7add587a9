package com.sagaflow.domain;

import java.util.Objects;

/**
 * The saga payload exchanged on the {@code orders}, {@code payment-orders} and
 * {@code stock-orders} topics. Mutable on purpose so that Jackson and Kafka Streams
 * serdes can populate it without extra configuration.
 */
public class Order {

    private Long id;
    private Long customerId;
    private Long productId;
    private int productCount;
    private int price;
    private OrderStatus status;
    private OrderSource source;

    public Order() {
    }

    public Order(Long id, Long customerId, Long productId, int productCount, int price) {
        this.id = id;
        this.customerId = customerId;
        this.productId = productId;
        this.productCount = productCount;
        this.price = price;
        this.status = OrderStatus.NEW;
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }

    public Long getCustomerId() { return customerId; }
    public void setCustomerId(Long customerId) { this.customerId = customerId; }

    public Long getProductId() { return productId; }
    public void setProductId(Long productId) { this.productId = productId; }

    public int getProductCount() { return productCount; }
    public void setProductCount(int productCount) { this.productCount = productCount; }

    public int getPrice() { return price; }
    public void setPrice(int price) { this.price = price; }

    public OrderStatus getStatus() { return status; }
    public void setStatus(OrderStatus status) { this.status = status; }

    public OrderSource getSource() { return source; }
    public void setSource(OrderSource source) { this.source = source; }

    @Override
    public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Order other)) return false;
        return Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return "Order{id=" + id + ", customerId=" + customerId + ", productId=" + productId
                + ", productCount=" + productCount + ", price=" + price
                + ", status=" + status + ", source=" + source + '}';
    }
}
