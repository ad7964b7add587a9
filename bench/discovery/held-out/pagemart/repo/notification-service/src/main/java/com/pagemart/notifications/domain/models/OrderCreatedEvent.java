package com.pagemart.notifications.domain.models;

import java.time.LocalDateTime;

public record OrderCreatedEvent(String eventId, String orderNumber, Customer customer, LocalDateTime createdAt) {
    public record Customer(String name, String email, String phone) {}
}
