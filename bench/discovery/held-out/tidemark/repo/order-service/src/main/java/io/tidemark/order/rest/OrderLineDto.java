package io.tidemark.order.rest;

import java.math.BigDecimal;

public class OrderLineDto {
    public String item;
    public int quantity;
    public BigDecimal totalPrice;
}
