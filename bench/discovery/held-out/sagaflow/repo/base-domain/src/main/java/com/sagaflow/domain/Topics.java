package com.sagaflow.domain;

/** Topic names shared by every saga participant. */
public final class Topics {

    public static final String ORDERS = "orders";
    public static final String PAYMENT_ORDERS = "payment-orders";
    public static final String STOCK_ORDERS = "stock-orders";

    private Topics() {
    }
}
