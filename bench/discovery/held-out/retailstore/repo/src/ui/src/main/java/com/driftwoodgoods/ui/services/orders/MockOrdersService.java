package com.driftwoodgoods.ui.services.orders;

import reactor.core.publisher.Flux;

public class MockOrdersService implements OrdersService {

    @Override
    public Flux<OrderSummary> ordersForCustomer(String customerId) {
        return Flux.empty();
    }
}
