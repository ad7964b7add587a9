package com.pagemart.orders.domain.models;

public record Customer(String name, String email, String phone) {}
