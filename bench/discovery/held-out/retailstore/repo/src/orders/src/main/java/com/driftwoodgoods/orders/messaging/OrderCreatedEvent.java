package com.driftwoodgoods.orders.messaging;

import java.time.Instant;
import java.util.List;

public record OrderCreatedEvent(String orderId, String customerId, String email, int total,
                                List<Line> lines, Instant createdDate) {

    public record Line(String productId, int quantity, int unitCost) {}
}
