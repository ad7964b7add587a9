package io.tidemark.order.rest;

import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;

import io.tidemark.order.model.OrderLine;
import io.tidemark.order.model.PurchaseOrder;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

public class CreateOrderRequest {

    @NotNull
    public String customerId;

    @NotNull
    public LocalDateTime orderDate;

    @NotEmpty
    public List<OrderLineDto> lineItems;

    public PurchaseOrder toOrder() {
        List<OrderLine> lines = lineItems.stream()
                .map(l -> new OrderLine(l.item, l.quantity, l.totalPrice))
                .collect(Collectors.toList());
        return new PurchaseOrder(customerId, orderDate, lines);
    }
}
