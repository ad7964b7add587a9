package com.socksemporium.orders.controllers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.*;
import org.springframework.web.server.ResponseStatusException;

import com.socksemporium.orders.entities.CustomerOrder;
import com.socksemporium.orders.entities.CustomerOrderRepository;
import com.socksemporium.orders.services.DownstreamClient;

@RestController
public class OrdersController {

    private static final Logger LOG = LoggerFactory.getLogger(OrdersController.class);
    private static final float SHIPPING = 4.99f;

    private final DownstreamClient downstream;
    private final CustomerOrderRepository orders;

    public OrdersController(DownstreamClient downstream, CustomerOrderRepository orders) {
        this.downstream = downstream;
        this.orders = orders;
    }

    public record NewOrder(String customerId) {}

    @PostMapping(path = "/orders", consumes = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    public CustomerOrder newOrder(@RequestBody NewOrder request) throws Exception {
        String customerId = request.customerId();
        LOG.debug("Starting calls for customer {}", customerId);
        CompletableFuture<Map<String, Object>> customer = downstream.customer(customerId);
        CompletableFuture<Map<String, Object>> address = downstream.address(customerId);
        CompletableFuture<Map<String, Object>> card = downstream.card(customerId);
        CompletableFuture<List<Map<String, Object>>> items = downstream.cartItems(customerId);

        float amount = SHIPPING;
        for (Map<String, Object> item : items.get()) {
            amount += ((Number) item.get("quantity")).intValue() * ((Number) item.get("unitPrice")).floatValue();
        }

        Map<String, Object> paymentRequest = new HashMap<>();
        paymentRequest.put("address", address.get());
        paymentRequest.put("card", card.get());
        paymentRequest.put("customer", customer.get());
        paymentRequest.put("amount", amount);
        Map<String, Object> payment = downstream.authorisePayment(paymentRequest);
        if (payment == null || !Boolean.TRUE.equals(payment.get("authorised"))) {
            throw new ResponseStatusException(HttpStatus.NOT_ACCEPTABLE, "Payment declined");
        }

        Map<String, Object> shipmentRequest = new HashMap<>();
        shipmentRequest.put("id", UUID.randomUUID().toString());
        shipmentRequest.put("name", customerId);
        Map<String, Object> shipment = downstream.requestShipment(shipmentRequest);

        CustomerOrder order = new CustomerOrder();
        order.setCustomerId(customerId);
        order.setCustomer(customer.get());
        order.setAddress(address.get());
        order.setCard(card.get());
        order.setItems(items.get());
        order.setShipment(shipment);
        order.setTotal(amount);
        return orders.save(order);
    }
}
