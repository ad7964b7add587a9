package com.pagemart.notifications.domain.models;

import java.time.LocalDateTime;

public record OrderCancelledEvent(String eventId, String orderNumber, OrderCreatedEvent.Customer customer,
        String reason, LocalDateTime createdAt) {}
