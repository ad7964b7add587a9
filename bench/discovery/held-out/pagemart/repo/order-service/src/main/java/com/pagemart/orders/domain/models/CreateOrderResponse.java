package com.pagemart.orders.domain.models;

public record CreateOrderResponse(String orderNumber) {}
