package com.driftwoodgoods.orders.web;

import java.time.Instant;
import java.util.List;

import com.driftwoodgoods.orders.entities.OrderEntity;
import com.driftwoodgoods.orders.service.OrderService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/orders")
public class OrderController {

    public record ItemRequest(@NotBlank String productId, int quantity, int unitCost) {}

    public record CreateOrderRequest(@NotBlank String customerId, @Email String email, String firstName,
                                     String lastName, @NotEmpty List<ItemRequest> items) {}

    public record OrderResponse(String id, Instant createdDate, String status, int total, List<String> productIds) {
        static OrderResponse of(OrderEntity o) {
            return new OrderResponse(o.getId(), o.getCreatedDate(), o.getStatus(), o.total(),
                o.getItems().stream().map(OrderEntity.OrderItem::productId).toList());
        }
    }

    private final OrderService service;

    public OrderController(OrderService service) {
        this.service = service;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public OrderResponse create(@Valid @RequestBody CreateOrderRequest request) {
        return OrderResponse.of(service.create(request.customerId(), request.email(), request.firstName(),
            request.lastName(),
            request.items().stream().map(i -> new OrderEntity.OrderItem(i.productId(), i.quantity(), i.unitCost())).toList()));
    }

    @GetMapping
    public List<OrderResponse> list(@RequestParam(required = false) String customerId) {
        List<OrderEntity> orders = customerId == null ? service.all() : service.forCustomer(customerId);
        return orders.stream().map(OrderResponse::of).toList();
    }
}
