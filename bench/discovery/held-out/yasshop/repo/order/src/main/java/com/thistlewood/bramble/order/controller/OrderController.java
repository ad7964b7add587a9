package com.thistlewood.bramble.order.controller;

import com.thistlewood.bramble.order.service.OrderService;
import com.thistlewood.bramble.order.service.OrderService.OrderPostVm;
import com.thistlewood.bramble.order.service.OrderService.OrderVm;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;

@RestController
public class OrderController {

    public record PaymentOrderStatusVm(Long orderId, String paymentStatus) {
    }

    private final OrderService orderService;

    public OrderController(OrderService orderService) {
        this.orderService = orderService;
    }

    @PostMapping("/storefront/orders")
    public OrderVm createOrder(@RequestBody OrderPostVm orderPostVm) {
        return orderService.createOrder(orderPostVm);
    }

    @GetMapping("/storefront/orders/{id}")
    public ResponseEntity<OrderVm> getOrder(@PathVariable Long id) {
        OrderVm order = orderService.getOrder(id);
        return order == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(order);
    }

    /** Called by the payment service once a payment has been captured. */
    @PutMapping("/storefront/orders/status")
    public ResponseEntity<PaymentOrderStatusVm> updatePaymentStatus(@RequestBody PaymentOrderStatusVm status) {
        orderService.updatePaymentStatus(status.orderId(), status.paymentStatus());
        return ResponseEntity.ok(status);
    }

    @Configuration
    static class RestClientConfig {
        @Bean
        RestClient restClient(RestClient.Builder builder) {
            return builder.build();
        }
    }
}
