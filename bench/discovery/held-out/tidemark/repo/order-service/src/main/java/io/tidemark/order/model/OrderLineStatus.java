package io.tidemark.order.model;

public enum OrderLineStatus {
    ENTERED,
    CANCELLED,
    SHIPPED
}
