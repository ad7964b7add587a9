package com.driftwoodgoods.ui.services.orders;

import java.time.Instant;
import java.util.List;

import reactor.core.publisher.Flux;

public interface OrdersService {

    record OrderSummary(String id, Instant createdDate, String status, int total, List<String> productIds) {}

    Flux<OrderSummary> ordersForCustomer(String customerId);
}
