package io.tidemark.order.rest;

import io.tidemark.order.model.OrderLineStatus;
import jakarta.validation.constraints.NotNull;

public class UpdateOrderLineRequest {
    @NotNull
    public OrderLineStatus newStatus;
}
