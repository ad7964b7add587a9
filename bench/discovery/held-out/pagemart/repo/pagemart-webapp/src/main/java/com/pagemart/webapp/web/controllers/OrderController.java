package com.pagemart.webapp.web.controllers;

import com.pagemart.webapp.clients.orders.OrderServiceClient;
import java.util.Map;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.*;

@Controller
class OrderController {
    private final OrderServiceClient orderServiceClient;

    OrderController(OrderServiceClient orderServiceClient) {
        this.orderServiceClient = orderServiceClient;
    }

    @GetMapping("/cart")
    String cart() {
        return "cart";
    }

    @PostMapping("/api/orders")
    @ResponseBody
    Map<String, Object> createOrder(@RequestBody Map<String, Object> orderRequest,
            @RegisteredOAuth2AuthorizedClient("pagemart-webapp") OAuth2AuthorizedClient client) {
        Map<String, ?> headers = Map.of("Authorization", "Bearer " + client.getAccessToken().getTokenValue());
        return orderServiceClient.createOrder(headers, orderRequest);
    }
}
